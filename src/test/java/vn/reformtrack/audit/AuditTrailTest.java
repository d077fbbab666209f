package vn.reformtrack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;
import vn.reformtrack.unitindex.UnitIndexFixtures;

/**
 * The trail answers "who changed this task's deadline and when", records sign-ins, failures, exports, settings and
 * permission changes, is read by administrators and Home Affairs only, and cannot be changed.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AuditTrail trail;

    @Autowired
    Clock clock;

    @Autowired
    RecordHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    Settings settings;

    @Autowired
    ApplicationContext context;

    /** MockMvc requests reset the thread's locale: calls made outside a request set it again before they write. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    PlanningFixtures planning;

    @BeforeEach
    void fixtures() {
        planning = new PlanningFixtures(plans, tasks, catalog);
    }

    @AfterEach
    void noLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theTrailSaysWhoMovedATasksDeadlineAndWhen() throws Exception {
        Unit unit = data.department("Sở Xây dựng");
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        Task task = planning.issuedTask(unit, Set.of(), LocalDate.of(2026, 6, 1), 30);
        Task stored = tasks.get(task.getId(), PlanningFixtures.COORDINATOR);
        mvc.perform(post("/planning/tasks/" + task.getId() + "/edit").with(data.as(coordinator)).with(csrf())
                        .param("planId", String.valueOf(stored.getPlanId()))
                        .param("title", stored.getTitle())
                        .param("description", stored.getDescription())
                        .param("expectedOutput", stored.getExpectedOutput())
                        .param("criterionIds", stored.getCriterionIds().iterator().next().toString())
                        .param("leadUnitId", unit.getId().toString())
                        .param("deadlineKind", "DATE")
                        .param("dueDate", "15/09/2026")
                        .param("priority", "NORMAL")
                        .param("version", String.valueOf(stored.getVersion())))
                .andExpect(status().is3xxRedirection());

        LocaleContextHolder.setLocale(VIETNAMESE);
        List<RecordChange> changes = history.of("Task", task.getId().toString());
        RecordChange moved = changes.get(0);
        assertThat(moved.username()).isEqualTo(coordinator.getUsername());
        assertThat(moved.change()).isEqualTo("MOD");
        assertThat(moved.fields()).extracting(FieldChange::label, FieldChange::before, FieldChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple("Hạn hoàn thành", "01/07/2026", "15/09/2026"));
        assertThat(changes.get(changes.size() - 1).change()).isEqualTo("ADD");

        var page = trail.search(new AuditFilter(coordinator.getUsername(), null, "CHANGE", "Task",
                task.getId().toString(), LocalDate.now(clock), LocalDate.now(clock)), PageRequest.of(0, 10));
        assertThat(page.getContent()).hasSize(1);

        mvc.perform(get("/audit/records/Task/" + task.getId()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(coordinator.getFullName())))
                .andExpect(content().string(Matchers.containsString("01/07/2026")))
                .andExpect(content().string(Matchers.containsString("15/09/2026")));
        mvc.perform(get("/audit").param("type", "Task").param("id", task.getId().toString())
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nhiệm vụ #" + task.getId())));

        // The unit filter keeps the chosen unit; a unit that is not a number is no filter, not an error.
        long unitId = unit.getId();
        mvc.perform(get("/audit").param("unitId", Long.toString(unitId)).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<option value=\"" + unitId + "\" selected>")));
        mvc.perform(get("/audit").param("unitId", "abc").with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("\" selected>"))));
    }

    @Test
    @WithMockUser(username = "coordinator-test", roles = "COORDINATOR")
    void aCouncilMembersAppraisalOfAUnitIndexScoreIsInTheTrail() {
        UnitIndexFixtures unitIndex = UnitIndexFixtures.of(context);
        UnitIndexFixtures.World world = unitIndex.world();
        long roundId = unitIndex.open(world).getId();
        CurrentUser staff = UnitIndexFixtures.user(data.user(Role.UNIT_STAFF, world.health().getId()));
        CurrentUser member = UnitIndexFixtures.user(data.user(Role.UNIT_STAFF, world.justice().getId()));
        long area = unitIndex.areaId(roundId, world.health().getId(), "1.2");
        unitIndex.council.add(roundId, member.id(), Set.of(area), null, UnitIndexFixtures.COORDINATOR);
        unitIndex.record(roundId, staff, "1.1", "3", true);
        unitIndex.record(roundId, staff, "1.2", "5", true);
        unitIndex.record(roundId, staff, "2.1", "8", true);
        unitIndex.submit(roundId, UnitIndexFixtures.user(data.user(Role.UNIT_HEAD, world.health().getId())));

        unitIndex.set(roundId, world.health().getId(), "1.2", "4", "Thiếu báo cáo quý IV", member);

        LocaleContextHolder.setLocale(VIETNAMESE);
        String line = String.valueOf(unitIndex.scoreId(roundId, world.health().getId(), "1.2"));
        RecordChange appraised = history.of("UnitScore", line).get(0);
        assertThat(appraised.change()).isEqualTo("MOD");
        assertThat(appraised.fields()).extracting(FieldChange::label, FieldChange::before, FieldChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple("Kết quả thẩm định", "Chờ thẩm định", "Điều chỉnh điểm"),
                        org.assertj.core.groups.Tuple.tuple("Điểm thẩm định", "", "4"),
                        org.assertj.core.groups.Tuple.tuple("Lý do thẩm định", "", "Thiếu báo cáo quý IV"),
                        org.assertj.core.groups.Tuple.tuple("Người thẩm định", "", member.fullName()));
        assertThat(trail.search(new AuditFilter(null, null, "CHANGE", "UnitScore", line, null, null),
                PageRequest.of(0, 10)).getContent()).hasSize(history.of("UnitScore", line).size());
        assertThat(history.of("CouncilMember", jdbc.sql("select id from unit_index_member where round_id = ?")
                .param(roundId).query(Long.class).single().toString()).get(0).fields())
                .extracting(FieldChange::label).contains("Thành viên", "Lĩnh vực thẩm định");
        assertThatThrownBy(() -> jdbc.sql("update unit_index_score_aud set self_score = 0").update())
                .hasStackTraceContaining("append-only");
    }

    @Test
    void signInsFailedSignInsAndExportsAreRecorded() throws Exception {
        UserAccount admin = data.user(Role.ADMIN, null);
        mvc.perform(formLogin().user(admin.getUsername()).password(TestData.PASSWORD));
        mvc.perform(formLogin().user(admin.getUsername()).password("wrong-password1"));
        String nobody = "nobody-" + TestData.unique("x");
        mvc.perform(formLogin().user(nobody).password("wrong-password1"));
        mvc.perform(get("/admin/users").param("format", "xlsx").with(data.as(admin))).andExpect(status().isOk());

        assertThat(kinds(admin.getUsername())).containsExactly("EXPORT", "SIGN_IN_FAILED", "SIGN_IN");
        assertThat(kinds(nobody)).containsExactly("SIGN_IN_FAILED");
        AuditRow export = trail.search(new AuditFilter(admin.getUsername(), null, "EXPORT", null, null, null, null),
                PageRequest.of(0, 1)).getContent().get(0);
        assertThat(export.detail()).extracting(AuditDetail.Line::labelKey).contains("user.list.title");
    }

    @Test
    void settingsAndPermissionChangesCarryTheirValuesBeforeAndAfter() throws Exception {
        UserAccount admin = data.user(Role.ADMIN, null);
        Unit unit = data.department("Sở Tài chính");
        UserAccount staff = data.user(Role.UNIT_STAFF, unit.getId());
        String key = vn.reformtrack.organization.OrganizationSettings.PROVINCE_NAME;
        String before = settings.get(key);
        try {
            mvc.perform(post("/admin/settings").with(data.as(admin)).with(csrf())
                    .param("values[" + key + "]", "Tỉnh Thử Nghiệm")).andExpect(status().is3xxRedirection());
            AuditRow setting = trail.search(new AuditFilter(admin.getUsername(), null, "SETTING", null, null, null, null),
                    PageRequest.of(0, 1)).getContent().get(0);
            assertThat(setting.detail().get(0).before()).isEqualTo(before);
            assertThat(setting.detail().get(0).after()).isEqualTo("Tỉnh Thử Nghiệm");
        } finally {
            settings.set(key, before, "test");
        }

        mvc.perform(post("/admin/users/" + staff.getId()).with(data.as(admin)).with(csrf())
                        .param("fullName", staff.getFullName()).param("email", staff.getEmail())
                        .param("role", "UNIT_HEAD").param("unitId", unit.getId().toString())
                        .param("version", String.valueOf(staff.getVersion())))
                .andExpect(status().is3xxRedirection());
        var permissions = trail.search(new AuditFilter(admin.getUsername(), null, AuditFilter.PERMISSION, "UserAccount",
                staff.getId().toString(), null, null), PageRequest.of(0, 5)).getContent();
        assertThat(permissions).hasSize(1);
        assertThat(permissions.get(0).permission()).isTrue();
        LocaleContextHolder.setLocale(VIETNAMESE);
        assertThat(history.at(permissions.get(0).id(), "UserAccount", staff.getId().toString()).orElseThrow().fields())
                .extracting(FieldChange::before, FieldChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple("Chuyên viên đơn vị", "Thủ trưởng đơn vị"));
    }

    @Test
    void theTrailExportsToASpreadsheetWithTheChangedFields() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        Unit unit = data.department("Sở Nông nghiệp");
        mvc.perform(post("/admin/units/" + unit.getId()).with(data.as(data.user(Role.ADMIN, null))).with(csrf())
                        .param("code", unit.getCode()).param("name", "Sở Nông nghiệp và Môi trường " + unit.getCode())
                        .param("type", "DEPARTMENT").param("version", String.valueOf(unit.getVersion())))
                .andExpect(status().is3xxRedirection());
        byte[] file = mvc.perform(get("/audit").param("format", "xlsx").param("type", "Unit")
                        .param("id", unit.getId().toString()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> cells = new java.util.ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
            }
            assertThat(cells).contains("Đơn vị #" + unit.getId());
            assertThat(cells).anySatisfy(cell -> assertThat(cell).contains("Sở Nông nghiệp và Môi trường"));
        }
        assertThat(kinds(coordinator.getUsername())).first().isEqualTo("EXPORT");
    }

    @Test
    void onlyAdministratorsAndHomeAffairsReadTheTrail() throws Exception {
        Unit unit = data.department("Sở Công Thương");
        for (UserAccount reader : List.of(data.user(Role.ADMIN, null), data.user(Role.COORDINATOR, null))) {
            mvc.perform(get("/audit").with(data.as(reader))).andExpect(status().isOk());
            mvc.perform(get("/audit/records/Unit/" + unit.getId()).with(data.as(reader))).andExpect(status().isOk());
        }
        for (UserAccount other : List.of(data.user(Role.LEADER, null), data.user(Role.UNIT_HEAD, unit.getId()),
                data.user(Role.UNIT_STAFF, unit.getId()))) {
            mvc.perform(get("/audit").with(data.as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/records/Unit/" + unit.getId()).with(data.as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/audit").param("format", "xlsx").with(data.as(other))).andExpect(status().isForbidden());
        }
        UserAccount admin = data.user(Role.ADMIN, null);
        mvc.perform(get("/audit/records/Nothing/1").with(data.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/999999999").with(data.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/audit").param("from", "31/02/2026").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ghi ngày theo dạng ngày/tháng/năm")));
    }

    @Test
    void theTrailCannotBeChangedOrEmptied() {
        long revision = jdbc.sql("select max(id) from audit_revision").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_revision set username = 'someone' where id = :id")
                .param("id", revision).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_revision where id = :id").param("id", revision).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update task_aud set title = 'x'").update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from unit_aud").update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_change").update()).hasStackTraceContaining("append-only");
    }

    private List<String> kinds(String username) {
        return trail.search(new AuditFilter(username, null, null, null, null, null, null), PageRequest.of(0, 10))
                .getContent().stream().map(row -> row.kind().name()).toList();
    }
}
