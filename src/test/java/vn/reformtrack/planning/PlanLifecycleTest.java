package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** A plan goes draft → issued → closed, guarded by itself; its columns are written as the schema says. */
@IntegrationTest
class PlanLifecycleTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    PlanHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestData data;

    PlanningFixtures fixtures;
    Unit justice;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        justice = data.department("Sở Tư pháp");
    }

    @Test
    void aPlanIsStoredWithItsCanonicalNumberFrameworksAndAuditColumns() {
        String number = PlanningFixtures.uniqueNumber().replace("/KH-", " /kh-");
        long id = transaction.execute(status -> {
            Plan plan = plans.create(new PlanCommand(number, "Kế hoạch cải thiện PAR", "UBND tỉnh Quảng Ninh",
                    "Nguyễn Tường Văn", LocalDate.of(2022, 8, 24), 2022,
                    Set.of(fixtures.framework("PAR_PROVINCE"), fixtures.framework("SIPAS"))), COORDINATOR);
            entities.flush();
            entities.clear();
            return plan.getId();
        });

        Map<String, Object> row = jdbc.sql("select * from plan where id = ?").param(id).query().singleRow();
        assertThat(row.get("document_number")).isEqualTo(number.replace(" /kh-", "/KH-").toUpperCase());
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat(row.get("issue_date").toString()).isEqualTo("2022-08-24");
        assertThat((String) row.get("search_key")).contains("nguyen tuong van", "ke hoach cai thien par");
        assertThat(row.get("version")).isEqualTo(0L);
        assertThat(row.get("created_by")).isEqualTo("system");
        assertThat(jdbc.sql("select count(*) from plan_framework where plan_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aTaskIsStoredWithItsDeadlineUnitsCriteriaAndSearchKey() {
        Unit interior = data.department("Sở Nội vụ");
        Plan plan = fixtures.draft(2026, LocalDate.of(2026, 1, 10));
        long id = transaction.execute(status -> {
            Task task = tasks.create(plan.getId(), new TaskCommand("Số hóa hồ sơ thủ tục hành chính", "Toàn trình",
                    "Tỷ lệ hồ sơ số hóa", Set.of(fixtures.parCriterion(2026, "7")), justice.getId(),
                    Set.of(interior.getId()), null, DeadlineKind.ALL_YEAR, LocalDate.of(2026, 3, 1), TaskPriority.HIGH),
                    COORDINATOR);
            entities.flush();
            entities.clear();
            return task.getId();
        });

        Map<String, Object> row = jdbc.sql("select * from task where id = ?").param(id).query().singleRow();
        assertThat(row.get("deadline_kind")).isEqualTo("ALL_YEAR");
        assertThat(row.get("due_date").toString()).isEqualTo("2026-12-31");
        assertThat(row.get("priority")).isEqualTo("HIGH");
        assertThat(row.get("progress_percent")).isEqualTo(0);
        assertThat(row.get("completed_on")).isNull();
        assertThat((String) row.get("search_key")).isEqualTo("so hoa ho so thu tuc hanh chinh toan trinh ty le ho so so hoa");
        assertThat(jdbc.sql("select unit_id from task_coordinating_unit where task_id = ?").param(id).query(Long.class)
                .list()).containsExactly(interior.getId());
        assertThat(jdbc.sql("select count(*) from task_criterion where task_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void malformedOrDuplicateNumbersAreRefused() {
        Set<Long> par = Set.of(fixtures.framework("PAR_PROVINCE"));
        assertThatThrownBy(() -> plans.create(new PlanCommand("205-KH-UBND", "x", "UBND", null, null, 2022, par), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.documentNumber.format"));
        Plan first = fixtures.draft(2022, LocalDate.of(2022, 3, 1));
        assertThatThrownBy(() -> plans.create(new PlanCommand(first.getDocumentNumber().toLowerCase(), "x", "UBND", null,
                        LocalDate.of(2022, 9, 1), 2022, par), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.numberTaken"));
        Plan nextYear = plans.create(new PlanCommand(first.getDocumentNumber(), "x", "UBND", null,
                LocalDate.of(2023, 2, 1), 2023, par), COORDINATOR);
        assertThat(nextYear.getId()).isNotNull();
    }

    @Test
    void aPlanIsIssuedOnlyWithItsNumberDateAndTasks() {
        Plan unnumbered = plans.create(new PlanCommand(null, "Dự thảo", "UBND", null, null, 2026,
                Set.of(fixtures.framework("PAR_PROVINCE"))), COORDINATOR);
        assertThatThrownBy(() -> plans.issue(unnumbered.getId(), unnumbered.getVersion(), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.issue.needsNumberAndDate"));

        Plan empty = fixtures.draft(2026, LocalDate.of(2026, 1, 10));
        assertThatThrownBy(() -> plans.issue(empty.getId(), empty.getVersion(), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.issue.noTasks"));
        assertThat(plans.get(empty.getId(), COORDINATOR).getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void movingTheIssueDateAfterATasksDeadlineIsRefused() {
        Plan plan = fixtures.draft(2026, LocalDate.of(2026, 1, 10));
        fixtures.addTask(plan, justice, Set.of(), LocalDate.of(2026, 2, 1));
        Plan current = plans.get(plan.getId(), COORDINATOR);

        assertThatThrownBy(() -> plans.update(plan.getId(), current.getVersion(), new PlanCommand(
                        current.getDocumentNumber(), current.getTitle(), current.getIssuingBody(), null,
                        LocalDate.of(2026, 3, 1), 2026, current.getFrameworkIds()), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("issueDate");
                    assertThat(e.getMessageKey()).isEqualTo("plan.error.taskDueBeforeStart");
                });
        assertThat(plans.get(plan.getId(), COORDINATOR).getIssueDate()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void anIssuedPlanKeepsItsHeaderAndClosesOnce() {
        Plan plan = fixtures.draft(2026, LocalDate.of(2026, 1, 10));
        fixtures.addTask(plan, justice, Set.of(), LocalDate.of(2026, 6, 30));
        Plan issued = fixtures.issue(plan);
        assertThat(issued.getStatus()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.getIssuedBy()).isEqualTo(COORDINATOR.username());

        assertThatThrownBy(() -> plans.update(plan.getId(), issued.getVersion(), new PlanCommand(issued.getDocumentNumber(),
                        "Tên khác", issued.getIssuingBody(), null, issued.getIssueDate(), 2026, issued.getFrameworkIds()),
                        COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.headerFixed"));
        assertThatThrownBy(() -> plans.issue(plan.getId(), issued.getVersion(), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.issue.notDraft"));

        plans.close(plan.getId(), issued.getVersion(), COORDINATOR);
        Plan closed = plans.get(plan.getId(), COORDINATOR);
        assertThat(closed.getStatus()).isEqualTo(PlanStatus.CLOSED);
        assertThatThrownBy(() -> plans.close(plan.getId(), closed.getVersion(), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.close.notIssued"));
        assertThatThrownBy(() -> fixtures.addTask(closed, justice, Set.of(), LocalDate.of(2026, 6, 30)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.closed"));
        assertThat(history.ofPlan(plan.getId(), 10)).extracting(PlanChange::getKind)
                .containsExactly(PlanChangeKind.PLAN_CLOSED, PlanChangeKind.PLAN_ISSUED);
    }

    @Test
    void onlyCoordinatorsAndAdministratorsManagePlans() {
        CurrentUser leader = new CurrentUser(1, "leader-x", "Lãnh đạo", Role.LEADER, null);
        CurrentUser head = new CurrentUser(2, "head-x", "Thủ trưởng", Role.UNIT_HEAD, justice.getId());
        PlanCommand command = new PlanCommand(null, "x", "UBND", null, null, 2026, Set.of(fixtures.framework("PAR_PROVINCE")));

        assertThatThrownBy(() -> plans.create(command, leader)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.create(command, head)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.create(command, new CurrentUser(3, "admin-x", "Quản trị", Role.ADMIN, null)).getId()).isNotNull();
    }
}
