package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The public API other modules use: recording accepted progress, and reading tasks, plans and targets. */
@IntegrationTest
class ProgressAndQueriesTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    TaskProgressRecorder recorder;

    @Autowired
    PlanningQueries queries;

    @Autowired
    PlanHistory history;

    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    PlanningFixtures fixtures;
    Unit justice;
    Unit interior;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        justice = data.department("Sở Tư pháp");
        interior = data.department("Sở Nội vụ");
        today = LocalDate.now(clock);
    }

    @Test
    void onlyTheLeadUnitsAcceptedProgressMovesTheTask() {
        Task task = fixtures.issuedTask(justice, Set.of(interior.getId()), today, 10);

        assertThat(recorder.recordAcceptedProgress(task.getId(), interior.getId(), 90, null, "reviewer"))
                .isEqualTo(ProgressRecording.NOT_LEAD_UNIT);
        assertThat(queries.task(task.getId()).orElseThrow().progressPercent()).isZero();

        assertThat(recorder.recordAcceptedProgress(task.getId(), justice.getId(), 40, null, "reviewer"))
                .isEqualTo(ProgressRecording.APPLIED);
        assertThat(recorder.recordAcceptedProgress(task.getId(), justice.getId(), 40, null, "reviewer"))
                .isEqualTo(ProgressRecording.UNCHANGED);
        TaskSummary inProgress = queries.task(task.getId()).orElseThrow();
        assertThat(inProgress.progressPercent()).isEqualTo(40);
        assertThat(inProgress.status()).isEqualTo(TaskStatus.IN_PROGRESS);

        recorder.recordAcceptedProgress(task.getId(), justice.getId(), 100, today, "reviewer");
        assertThat(queries.task(task.getId()).orElseThrow().status()).isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(history.ofTask(task.getId())).extracting(PlanChange::getKind)
                .containsExactly(PlanChangeKind.PROGRESS_RECORDED, PlanChangeKind.PROGRESS_RECORDED);
    }

    @Test
    void progressIsRefusedWhenItContradictsItself() {
        Task task = fixtures.issuedTask(justice, Set.of(), today, 10);

        assertThatThrownBy(() -> recorder.recordAcceptedProgress(task.getId(), justice.getId(), 100, null, "r"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.completionDateMissing"));
        assertThatThrownBy(() -> recorder.recordAcceptedProgress(task.getId(), justice.getId(), 50, today, "r"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.completionDateWithoutFull"));
        assertThatThrownBy(() -> recorder.recordAcceptedProgress(task.getId(), justice.getId(), 120, null, "r"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.progressRange"));
        assertThatThrownBy(() -> recorder.recordAcceptedProgress(task.getId(), justice.getId(), 100, today.plusDays(1), "r"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.completionInFuture"));
        assertThat(queries.task(task.getId()).orElseThrow().progressPercent()).isZero();
    }

    @Test
    void draftsCancelledTasksAndClosedPlansTakeNoProgress() {
        Plan draft = fixtures.draft(today.getYear(), today.minusDays(100));
        Task drafted = fixtures.addTask(draft, justice, Set.of(), today.plusDays(5));
        assertThat(recorder.recordAcceptedProgress(drafted.getId(), justice.getId(), 10, null, "r"))
                .isEqualTo(ProgressRecording.PLAN_NOT_ISSUED);

        Task cancelled = fixtures.issuedTask(justice, Set.of(), today, 5);
        tasks.cancel(cancelled.getId(), tasks.get(cancelled.getId(), COORDINATOR).getVersion(), "Không còn cần", COORDINATOR);
        assertThat(recorder.recordAcceptedProgress(cancelled.getId(), justice.getId(), 10, null, "r"))
                .isEqualTo(ProgressRecording.TASK_CANCELLED);

        Task closing = fixtures.issuedTask(justice, Set.of(), today, 5);
        plans.close(closing.getPlanId(), plans.get(closing.getPlanId(), COORDINATOR).getVersion(), COORDINATOR);
        assertThat(recorder.recordAcceptedProgress(closing.getId(), justice.getId(), 10, null, "r"))
                .isEqualTo(ProgressRecording.PLAN_CLOSED);
    }

    @Test
    void aUnitsTasksOfAPeriodComeWithItsRoleAndLeaveOutDraftsAndFinishedWork() {
        Unit unit = data.department("Sở Công Thương");
        Task leads = fixtures.issuedTask(unit, Set.of(), today, 20);
        Task coordinates = fixtures.issuedTask(justice, Set.of(unit.getId()), today, 40);
        Task finishedEarlier = fixtures.issuedTask(unit, Set.of(), today, 5);
        recorder.recordAcceptedProgress(finishedEarlier.getId(), unit.getId(), 100, today.minusDays(40), "r");
        Plan draft = fixtures.draft(today.getYear(), today.minusDays(100));
        fixtures.addTask(draft, unit, Set.of(), today.plusDays(3));

        List<UnitTask> period = queries.tasksOfUnit(unit.getId(), today.minusDays(30), today.plusDays(60));

        assertThat(period).extracting(t -> t.task().id(), UnitTask::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(leads.getId(), TaskRole.LEAD),
                org.assertj.core.groups.Tuple.tuple(coordinates.getId(), TaskRole.COORDINATING));
        assertThat(queries.tasksOfUnit(unit.getId(), today.minusDays(60), today)).extracting(t -> t.task().id())
                .contains(finishedEarlier.getId());
        assertThat(queries.tasksOfUnit(unit.getId(), today.minusDays(400), today.minusDays(300))).isEmpty();
    }

    @Test
    void tasksAndPlansAreReadInBatches() {
        Task one = fixtures.issuedTask(justice, Set.of(interior.getId()), today, 3);
        Task two = fixtures.issuedTask(interior, Set.of(), today, 1);

        List<TaskSummary> found = queries.tasks(List.of(one.getId(), two.getId(), -5L));

        assertThat(found).extracting(TaskSummary::id).containsExactly(two.getId(), one.getId());
        assertThat(found.get(1).coordinatingUnitIds()).containsExactly(interior.getId());
        assertThat(found.get(1).criterionIds()).hasSize(1);
        assertThat(queries.plans(today.getYear())).extracting(PlanSummary::id).contains(one.getPlanId(), two.getPlanId());
        assertThat(queries.plans(today.getYear()).stream().filter(p -> p.id() == one.getPlanId()).findFirst().orElseThrow()
                .frameworkCodes()).containsExactly("PAR_PROVINCE", "SIPAS");
    }

    @Test
    void theDemoPlan205ShowsItsTargetsMetOrMissedAgainstThe2022Results() {
        PlanSummary plan205 = queries.plans(2022).stream()
                .filter(plan -> "205/KH-UBND".equals(plan.documentNumber())).findFirst().orElseThrow();
        assertThat(plan205.signer()).isEqualTo("Nguyễn Tường Văn");
        assertThat(plan205.issueDate()).isEqualTo(LocalDate.of(2022, 8, 24));

        List<TargetSummary> targets = queries.targets(plan205.id());

        assertThat(targets).extracting(TargetSummary::frameworkCode, TargetSummary::metric, TargetSummary::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PAR_PROVINCE", TargetMetric.TOTAL_SCORE, TargetOutcome.NOT_MET),
                        org.assertj.core.groups.Tuple.tuple("PAR_PROVINCE", TargetMetric.TOP_N, TargetOutcome.MET),
                        org.assertj.core.groups.Tuple.tuple("SIPAS", TargetMetric.SATISFACTION_PERCENT, TargetOutcome.NOT_MET),
                        org.assertj.core.groups.Tuple.tuple("SIPAS", TargetMetric.TOP_N, TargetOutcome.MET));
        assertThat(targets.get(0).baseline().low()).isEqualByComparingTo("91.14");
        assertThat(targets.get(0).actual().low()).isEqualByComparingTo("90.1");
        assertThat(targets.get(2).actual().low()).isEqualByComparingTo("87.59");
    }
}
