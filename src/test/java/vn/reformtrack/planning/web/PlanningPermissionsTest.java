package vn.reformtrack.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Who may do what, through the real security configuration: every page and action, and every list and export
 * confined to what the user may see.
 */
@IntegrationTest
class PlanningPermissionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    Clock clock;

    PlanningFixtures fixtures;
    Unit ours;
    Unit theirs;
    UserAccount coordinator;
    UserAccount leader;
    UserAccount head;
    UserAccount staff;
    UserAccount admin;
    Task ourTask;
    Task coordinatedTask;
    Task theirTask;
    Task draftTask;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        LocalDate today = LocalDate.now(clock);
        ours = data.department("Sở Tư pháp");
        theirs = data.department("Sở Y tế");
        coordinator = data.user(Role.COORDINATOR, null);
        leader = data.user(Role.LEADER, null);
        admin = data.user(Role.ADMIN, null);
        head = data.user(Role.UNIT_HEAD, ours.getId());
        staff = data.user(Role.UNIT_STAFF, ours.getId());
        ourTask = fixtures.issuedTask(ours, Set.of(), today, 10);
        coordinatedTask = fixtures.issuedTask(theirs, Set.of(ours.getId()), today, 20);
        theirTask = fixtures.issuedTask(theirs, Set.of(), today, 5);
        Plan draft = fixtures.draft(today.getYear(), today.minusDays(10));
        draftTask = fixtures.addTask(draft, ours, Set.of(), today.plusDays(30));
    }

    @Test
    void everyoneSeesThePlanListAndOnlyManagersGetTheForms() throws Exception {
        for (UserAccount user : new UserAccount[] {coordinator, leader, head, staff, admin}) {
            mvc.perform(get("/planning/plans").with(data.as(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/planning/plans/new").with(data.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/planning/plans/new").with(data.as(admin))).andExpect(status().isOk());
        for (UserAccount user : new UserAccount[] {leader, head, staff}) {
            mvc.perform(get("/planning/plans/new").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/planning/tasks/new").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/planning/tasks/" + ourTask.getId() + "/edit").with(data.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/planning/tasks/" + ourTask.getId() + "/cancel").with(data.as(user)).with(csrf())
                    .param("reason", "x").param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post("/planning/plans/" + ourTask.getPlanId() + "/close").with(data.as(user)).with(csrf())
                    .param("version", "0")).andExpect(status().isForbidden());
        }
        assertThat(tasks.get(ourTask.getId(), COORDINATOR).isCancelled()).isFalse();
    }

    @Test
    void aUnitUserSendingAnotherUnitsTaskIdGetsNotFound() throws Exception {
        for (UserAccount user : new UserAccount[] {head, staff}) {
            mvc.perform(get("/planning/tasks/" + ourTask.getId()).with(data.as(user))).andExpect(status().isOk());
            mvc.perform(get("/planning/tasks/" + coordinatedTask.getId()).with(data.as(user))).andExpect(status().isOk());
            mvc.perform(get("/planning/tasks/" + theirTask.getId()).with(data.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/planning/tasks/" + draftTask.getId()).with(data.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/planning/plans/" + draftTask.getPlanId()).with(data.as(user))).andExpect(status().isNotFound());
            mvc.perform(post("/planning/tasks/" + theirTask.getId() + "/responsible").with(data.as(user)).with(csrf())
                    .param("version", "0")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/planning/tasks/" + theirTask.getId()).with(data.as(leader))).andExpect(status().isOk());
        mvc.perform(get("/planning/tasks/" + draftTask.getId()).with(data.as(leader))).andExpect(status().isOk());
    }

    @Test
    void theListsPlanFilterOffersADraftPlanToTheProvinceAndNotToAUnit() throws Exception {
        String draftPlan = String.valueOf(draftTask.getPlanId());
        String issuedPlan = String.valueOf(ourTask.getPlanId());
        for (UserAccount user : new UserAccount[] {head, staff}) {
            assertThat(planChoices("/planning/tasks/overdue", user)).contains(issuedPlan).doesNotContain(draftPlan);
        }
        assertThat(planChoices("/planning/tasks", leader)).contains(issuedPlan, draftPlan);
    }

    private List<String> planChoices(String path, UserAccount user) throws Exception {
        String html = mvc.perform(get(path).with(data.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#planId option").eachAttr("value");
    }

    @Test
    void aUnitUserLandsOnOurTasksSplitIntoLeadingAndCoordinating() throws Exception {
        mvc.perform(get("/planning/tasks").with(data.as(staff)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("leading", Matchers.hasProperty("totalElements", Matchers.is(1L))))
                .andExpect(model().attribute("coordinating", Matchers.hasProperty("totalElements", Matchers.is(1L))))
                .andExpect(content().string(Matchers.containsString(ourTask.getTitle())))
                .andExpect(content().string(Matchers.containsString(coordinatedTask.getTitle())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(theirTask.getTitle()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(draftTask.getTitle()))));
        mvc.perform(get("/planning/tasks").param("unitId", String.valueOf(theirs.getId())).with(data.as(staff)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(theirTask.getTitle()))));
    }

    @Test
    void theByUnitSummaryIsForTheProvinceWideRoles() throws Exception {
        mvc.perform(get("/planning/tasks/by-unit").with(data.as(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(theirs.getName())));
        mvc.perform(get("/planning/tasks/by-unit").param("format", "xlsx").with(data.as(coordinator)))
                .andExpect(status().isOk());
        mvc.perform(get("/planning/tasks/by-unit").with(data.as(head))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aUnitsExportNeverContainsAnotherUnitsTasks() throws Exception {
        Set<String> exported = exportedIds("/planning/tasks", head);
        assertThat(exported).contains(String.valueOf(ourTask.getId()), String.valueOf(coordinatedTask.getId()))
                .doesNotContain(String.valueOf(theirTask.getId()), String.valueOf(draftTask.getId()));
        Set<String> overdue = exportedIds("/planning/tasks/overdue", staff);
        assertThat(overdue).doesNotContain(String.valueOf(theirTask.getId()));
        Set<String> everything = exportedIds("/planning/tasks", leader);
        assertThat(everything).contains(String.valueOf(theirTask.getId()), String.valueOf(draftTask.getId()));
    }

    @Test
    void theLeadUnitsHeadAssignsTheResponsiblePersonWithinTheUnitAndNothingElse() throws Exception {
        Task task = tasks.get(ourTask.getId(), COORDINATOR);
        mvc.perform(post("/planning/tasks/" + task.getId() + "/responsible").with(data.as(head)).with(csrf())
                        .param("responsibleUserId", String.valueOf(staff.getId()))
                        .param("version", String.valueOf(task.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(flashKey(result)).isEqualTo("task.responsibleAssigned"));
        assertThat(tasks.get(task.getId(), COORDINATOR).getResponsibleUserId()).isEqualTo(staff.getId());

        UserAccount outsider = data.user(Role.UNIT_STAFF, theirs.getId());
        Task assigned = tasks.get(task.getId(), COORDINATOR);
        mvc.perform(post("/planning/tasks/" + task.getId() + "/responsible").with(data.as(head)).with(csrf())
                        .param("responsibleUserId", String.valueOf(outsider.getId()))
                        .param("version", String.valueOf(assigned.getVersion())))
                .andExpect(result -> assertThat(flashKey(result)).isEqualTo("task.error.responsibleOutsideLead"));
        assertThat(tasks.get(task.getId(), COORDINATOR).getResponsibleUserId()).isEqualTo(staff.getId());

        Task coordinated = tasks.get(coordinatedTask.getId(), COORDINATOR);
        mvc.perform(post("/planning/tasks/" + coordinated.getId() + "/responsible").with(data.as(head)).with(csrf())
                        .param("responsibleUserId", String.valueOf(staff.getId()))
                        .param("version", String.valueOf(coordinated.getVersion())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/planning/tasks/" + task.getId() + "/responsible").with(data.as(staff)).with(csrf())
                        .param("version", String.valueOf(assigned.getVersion())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/planning/tasks/" + task.getId() + "/edit").with(data.as(head)).with(csrf())
                        .param("title", "Đổi tên").param("version", String.valueOf(assigned.getVersion())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleTaskFormComesBackAsTypedWithTheOtherSaveBesideIt() throws Exception {
        Task task = tasks.get(ourTask.getId(), COORDINATOR);
        long stale = task.getVersion();
        tasks.assignResponsible(task.getId(), stale, staff.getId(), COORDINATOR);

        mvc.perform(post("/planning/tasks/" + task.getId() + "/edit").with(data.as(coordinator)).with(csrf())
                        .param("planId", String.valueOf(task.getPlanId()))
                        .param("title", "Tiêu đề tôi vừa gõ")
                        .param("criterionIds", task.getCriterionIds().iterator().next().toString())
                        .param("leadUnitId", String.valueOf(ours.getId()))
                        .param("deadlineKind", "DATE")
                        .param("dueDate", task.getDueDate().toString())
                        .param("priority", "HIGH")
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(Matchers.containsString("id=\"conflict\"")))
                .andExpect(result -> assertThat(((TaskForm) result.getModelAndView().getModel().get("form")).getTitle())
                        .isEqualTo("Tiêu đề tôi vừa gõ"));
        assertThat(tasks.get(task.getId(), COORDINATOR).getTitle()).isEqualTo(task.getTitle());
    }

    @Test
    void badInputGetsTheFormBackWithAMessageAndNothingSaved() throws Exception {
        String title = "Kế hoạch sai số " + TestData.unique("p");
        mvc.perform(post("/planning/plans/new").with(data.as(coordinator)).with(csrf())
                        .param("documentNumber", "205-KH-UBND")
                        .param("title", title)
                        .param("issuingBody", "UBND tỉnh")
                        .param("year", "2026")
                        .param("frameworkIds", String.valueOf(fixtures.framework("PAR_PROVINCE"))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "documentNumber", "plan.error.documentNumber.format"))
                .andExpect(content().string(Matchers.containsString(title)));
        mvc.perform(get("/planning/tasks").param("status", "NOT_A_STATUS").param("planId", "abc")
                .with(data.as(coordinator))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorStartsATaskFromACriterionWithItsDefaultUnits() throws Exception {
        long criterion = fixtures.parCriterion(LocalDate.now(clock).getYear(), "3");
        var summary = catalog.criterion(criterion).orElseThrow();
        mvc.perform(get("/planning/tasks/new").param("criterionId", String.valueOf(criterion)).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("fromCriterion"))
                .andExpect(result -> {
                    TaskForm form = (TaskForm) result.getModelAndView().getModel().get("form");
                    assertThat(form.getCriterionIds()).containsExactly(criterion);
                    assertThat(form.getLeadUnitId()).isEqualTo(summary.leadUnitId());
                });
    }

    private static String flashKey(org.springframework.test.web.servlet.MvcResult result) {
        return ((FlashMessage) result.getFlashMap().get("flash")).key();
    }

    private Set<String> exportedIds(String path, UserAccount user) throws Exception {
        byte[] file = mvc.perform(get(path).param("format", "xlsx").with(data.as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Set<String> ids = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 1 && row.getCell(0) != null) {
                    ids.add(String.valueOf((long) row.getCell(0).getNumericCellValue()));
                }
            }
        }
        return ids;
    }
}
