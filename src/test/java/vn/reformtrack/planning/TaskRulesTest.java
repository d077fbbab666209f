package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The rules a task keeps: each refusal names its field and saves nothing. */
@IntegrationTest
class TaskRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    PlanHistory history;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    PlanningFixtures fixtures;
    Unit justice;
    Unit interior;
    Plan plan;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        justice = data.department("Sở Tư pháp");
        interior = data.department("Sở Nội vụ");
        plan = fixtures.draft(2026, ISSUED);
    }

    private long tasksOf(Plan plan) {
        return jdbc.sql("select count(*) from task where plan_id = ?").param(plan.getId()).query(Long.class).single();
    }

    private void assertRefused(TaskCommand command, String field, String key) {
        assertThatThrownBy(() -> tasks.create(plan.getId(), command, COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
        assertThat(tasksOf(plan)).isZero();
    }

    @Test
    void aDeadlineBeforeThePlansIssueDateIsRefused() {
        assertRefused(fixtures.task(2026, justice, Set.of(), ISSUED.minusDays(1)), "dueDate", "task.error.dueBeforeIssue");
    }

    @Test
    void aDraftWithoutIssueDateRefusesDeadlinesBeforeItsYear() {
        plan = plans.create(new PlanCommand(null, "Dự thảo", "UBND", null, null, 2026,
                Set.of(fixtures.framework("PAR_PROVINCE"))), COORDINATOR);
        assertRefused(fixtures.task(2026, justice, Set.of(), LocalDate.of(2025, 12, 31)), "dueDate", "task.error.dueBeforeYear");
    }

    @Test
    void aTaskNeedsALeadUnit() {
        TaskCommand command = fixtures.task(2026, justice, Set.of(), ISSUED.plusDays(30));
        assertRefused(new TaskCommand(command.title(), null, null, command.criterionIds(), null, Set.of(), null,
                DeadlineKind.DATE, command.dueDate(), TaskPriority.NORMAL), "leadUnitId", "task.error.leadMissing");
    }

    @Test
    void theLeadUnitCannotAlsoCoordinate() {
        assertRefused(fixtures.task(2026, justice, Set.of(justice.getId(), interior.getId()), ISSUED.plusDays(30)),
                "coordinatingUnitIds", "task.error.leadAlsoCoordinating");
    }

    @Test
    void inactiveUnitsAreRefusedAsLeadOrCoordinator() {
        Unit closed = data.department("Sở đã giải thể");
        units.deactivate(closed.getId(), closed.getVersion());

        assertRefused(fixtures.task(2026, closed, Set.of(), ISSUED.plusDays(30)), "leadUnitId", "task.error.unitInactive");
        assertRefused(fixtures.task(2026, justice, Set.of(closed.getId()), ISSUED.plusDays(30)),
                "coordinatingUnitIds", "task.error.unitInactive");
    }

    @Test
    void aCriterionOfARetiredVersionCannotBeChosen() {
        long framework = fixtures.framework("PAR_PROVINCE");
        long version = jdbc.sql("""
                        insert into framework_version (framework_id, label, valid_from_year, valid_to_year, retired)
                        values (?, ?, 2000, 2001, true) returning id""")
                .params(framework, TestData.unique("retired")).query(Long.class).single();
        long criterion = jdbc.sql("""
                        insert into criterion (version_id, code, name_vi, kind, assessment)
                        values (?, '9', 'Tiêu chí cũ', 'AREA', 'SELF_ASSESSED') returning id""")
                .params(version).query(Long.class).single();
        TaskCommand command = fixtures.task(2026, justice, Set.of(), ISSUED.plusDays(30));

        assertRefused(new TaskCommand(command.title(), null, null, Set.of(criterion), justice.getId(), Set.of(), null,
                DeadlineKind.DATE, command.dueDate(), TaskPriority.NORMAL), "criterionIds", "task.error.criterionRetired");
    }

    @Test
    void theResponsiblePersonBelongsToTheLeadUnit() {
        UserAccount outsider = data.user(Role.UNIT_STAFF, interior.getId());
        UserAccount member = data.user(Role.UNIT_STAFF, justice.getId());
        TaskCommand command = fixtures.task(2026, justice, Set.of(), ISSUED.plusDays(30));

        assertRefused(command.withResponsible(outsider.getId()), "responsibleUserId", "task.error.responsibleOutsideLead");
        Task task = tasks.create(plan.getId(), command.withResponsible(member.getId()), COORDINATOR);
        assertThat(task.getResponsibleUserId()).isEqualTo(member.getId());
    }

    @Test
    void recurringAndAllYearTasksAreDueByTheEndOfThePlanYear() {
        TaskCommand command = fixtures.task(2026, justice, Set.of(), null);
        Task task = tasks.create(plan.getId(), new TaskCommand(command.title(), null, null, command.criterionIds(),
                justice.getId(), Set.of(), null, DeadlineKind.EACH_PERIOD, null, TaskPriority.HIGH), COORDINATOR);

        assertThat(task.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(task.status(LocalDate.of(2026, 6, 1))).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldAndNothingIsLost() {
        Task task = fixtures.addTask(plan, justice, Set.of(), ISSUED.plusDays(30));
        long openedWith = task.getVersion();
        TaskCommand first = task.command();
        tasks.update(task.getId(), openedWith, new TaskCommand("Tên của người thứ nhất", first.description(),
                first.expectedOutput(), first.criterionIds(), first.leadUnitId(), first.coordinatingUnitIds(), null,
                first.deadlineKind(), first.dueDate(), first.priority()), COORDINATOR);

        assertThatThrownBy(() -> tasks.update(task.getId(), openedWith, new TaskCommand("Tên của người thứ hai",
                first.description(), first.expectedOutput(), first.criterionIds(), first.leadUnitId(),
                first.coordinatingUnitIds(), null, first.deadlineKind(), first.dueDate(), first.priority()), COORDINATOR))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(tasks.get(task.getId(), COORDINATOR).getTitle()).isEqualTo("Tên của người thứ nhất");
    }

    @Test
    void anIssuedPlansAmendmentsAreRecordedWithWhoWhenAndWhat() {
        Task task = fixtures.addTask(plan, justice, Set.of(), ISSUED.plusDays(30));
        fixtures.issue(plan);
        TaskCommand before = tasks.get(task.getId(), COORDINATOR).command();

        tasks.update(task.getId(), tasks.get(task.getId(), COORDINATOR).getVersion(), new TaskCommand(before.title(),
                before.description(), before.expectedOutput(), before.criterionIds(), before.leadUnitId(),
                Set.of(interior.getId()), null, DeadlineKind.DATE, ISSUED.plusDays(60), TaskPriority.HIGH), COORDINATOR);

        PlanChange change = history.ofTask(task.getId()).get(0);
        assertThat(change.getKind()).isEqualTo(PlanChangeKind.TASK_CHANGED);
        assertThat(change.getChangedBy()).isEqualTo(COORDINATOR.username());
        assertThat(change.changes()).extracting(FieldChange::field)
                .containsExactly("task.coordinatingUnits", "task.deadline", "task.priority");
        assertThat(change.changes().get(0).after()).isEqualTo(interior.getName());
        assertThat(change.changes().get(1)).isEqualTo(new FieldChange("task.deadline", "14/02/2026", "16/03/2026"));
        assertThat(change.changes().get(2).after()).isEqualTo("TaskPriority.HIGH");
    }

    @Test
    void aDraftIsWrittenWithoutHistory() {
        Task task = fixtures.addTask(plan, justice, Set.of(), ISSUED.plusDays(30));
        tasks.cancel(task.getId(), task.getVersion(), "Trùng nội dung", COORDINATOR);

        assertThat(history.ofTask(task.getId())).isEmpty();
        assertThat(tasks.get(task.getId(), COORDINATOR).status(ISSUED)).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() {
        Task task = fixtures.addTask(plan, justice, Set.of(), ISSUED.plusDays(30));
        fixtures.issue(plan);

        assertThatThrownBy(() -> tasks.cancel(task.getId(), task.getVersion(), " ", COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.cancelReasonMissing"));
        tasks.cancel(task.getId(), task.getVersion(), "Đã lồng ghép vào nhiệm vụ khác", COORDINATOR);
        Task cancelled = tasks.get(task.getId(), COORDINATOR);
        assertThatThrownBy(() -> tasks.update(task.getId(), cancelled.getVersion(), cancelled.command(), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.cancelled"));
        assertThat(history.ofTask(task.getId())).extracting(PlanChange::getKind).contains(PlanChangeKind.TASK_CANCELLED);
    }

    @Test
    void aTaskWhoseTextsReachEveryLimitOfTheFormIsSavedAndFoundByItsLastWords() {
        TaskCommand full = new TaskCommand("t".repeat(1000), "d".repeat(4000), "o".repeat(992) + " sanpham",
                Set.of(fixtures.parCriterion(2026, "3")), justice.getId(), Set.of(), null, DeadlineKind.DATE,
                ISSUED.plusDays(30), TaskPriority.NORMAL);

        Task task = tasks.create(plan.getId(), full, COORDINATOR);

        assertThat(tasks.get(task.getId(), COORDINATOR).getExpectedOutput()).endsWith(" sanpham");
        assertThat(tasks.search(new TaskFilter("sanpham", plan.getId(), null, null, null, null, null, null, null, null),
                COORDINATOR, org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .extracting(TaskRow::id).containsExactly(task.getId());
    }

    @Test
    void aCancellationReasonLongerThanItsColumnIsRefusedAndTheTaskStays() {
        Task task = fixtures.addTask(plan, justice, Set.of(), ISSUED.plusDays(30));
        fixtures.issue(plan);

        assertThatThrownBy(() -> tasks.cancel(task.getId(), task.getVersion(), "Lý do ".repeat(200), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("reason");
                    assertThat(e.getMessageKey()).isEqualTo("task.error.cancelReasonTooLong");
                });
        assertThat(tasks.get(task.getId(), COORDINATOR).isCancelled()).isFalse();
        tasks.cancel(task.getId(), task.getVersion(), "x".repeat(1000), COORDINATOR);
        assertThat(tasks.get(task.getId(), COORDINATOR).isCancelled()).isTrue();
    }
}
