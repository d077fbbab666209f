package vn.reformtrack.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** A plan carries its signed document (PDF or DOCX) from the evidence store; units read it once the plan is issued. */
@IntegrationTest
class SignedPlanDocumentTest {

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
    EvidenceStore evidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    PlanningFixtures fixtures;
    Unit homeAffairs;
    Unit justice;
    UserAccount coordinator;
    UserAccount justiceStaff;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        homeAffairs = data.department("Sở Nội vụ");
        justice = data.department("Sở Tư pháp");
        coordinator = data.user(Role.COORDINATOR, homeAffairs.getId());
        justiceStaff = data.user(Role.UNIT_STAFF, justice.getId());
    }

    private EvidenceSummary upload(String name, byte[] content) {
        return evidence.store(coordinator.asCurrentUser(), homeAffairs.getId(), name, new ByteArrayInputStream(content),
                EvidenceDetails.none());
    }

    private long version(Plan plan) {
        return jdbc.sql("select version from plan where id = ?").param(plan.getId()).query(Long.class).single();
    }

    @Test
    void aCoordinatorAttachesTheSignedPdfAndUnitsReadItOnceThePlanIsIssued() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Plan plan = fixtures.draft(today.getYear(), today);
        fixtures.addTask(plan, justice, Set.of(), today.plusMonths(1));
        EvidenceSummary signed = upload("Kế hoạch đã ký.pdf", EvidenceSamples.pdf());

        mvc.perform(post("/planning/plans/" + plan.getId() + "/document").with(data.as(coordinator)).with(csrf())
                        .param("version", String.valueOf(version(plan))).param("documentId", String.valueOf(signed.id())))
                .andExpect(redirectedUrl("/planning/plans/" + plan.getId()));
        assertThat(jdbc.sql("select signed_document_id from plan where id = ?").param(plan.getId()).query(Long.class).single())
                .isEqualTo(signed.id());
        mvc.perform(get("/planning/plans/" + plan.getId()).with(data.as(coordinator)))
                .andExpect(content().string(Matchers.containsString("Kế hoạch đã ký.pdf")));

        String download = "/evidence/" + signed.id() + "/download";
        mvc.perform(get(download).with(data.as(justiceStaff))).andExpect(status().isNotFound());
        fixtures.issue(plans.get(plan.getId(), PlanningFixtures.COORDINATOR));
        mvc.perform(get(download).with(data.as(justiceStaff))).andExpect(status().isOk());
    }

    @Test
    void aSpreadsheetIsNotASignedPlan() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Plan plan = fixtures.draft(today.getYear(), today);
        EvidenceSummary sheet = upload("bang-tinh.xlsx", EvidenceSamples.xlsx());

        var flash = mvc.perform(post("/planning/plans/" + plan.getId() + "/document").with(data.as(coordinator)).with(csrf())
                        .param("version", String.valueOf(version(plan))).param("documentId", String.valueOf(sheet.id())))
                .andExpect(redirectedUrl("/planning/plans/" + plan.getId()))
                .andReturn().getFlashMap().get("flash");

        assertThat(flash).isInstanceOfSatisfying(FlashMessage.class,
                message -> assertThat(message.key()).isEqualTo("plan.error.document.type"));
        assertThat(jdbc.sql("select signed_document_id from plan where id = ?").param(plan.getId()).query(Long.class).optional())
                .isEmpty();
    }

    @Test
    void unitUsersCannotAttachDocuments() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Plan plan = fixtures.draft(today.getYear(), today);
        EvidenceSummary signed = upload("ke-hoach.pdf", EvidenceSamples.pdf());
        mvc.perform(post("/planning/plans/" + plan.getId() + "/document").with(data.as(justiceStaff)).with(csrf())
                        .param("version", "0").param("documentId", String.valueOf(signed.id())))
                .andExpect(status().isForbidden());
    }
}
