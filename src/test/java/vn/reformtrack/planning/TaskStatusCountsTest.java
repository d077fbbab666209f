package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The task list's stored counts per status (V175) never disagree with a recount from the tasks: after each change the
 * product allows (tasks added one by one and by an import, an import refused half-way, a draft's task deleted, plans
 * issued and closed, progress recorded up and down, a task finished on time and late, moved to another date and unit,
 * cancelled) the counts the list reads equal those counted from the tasks, on the day and on days before and after
 * (an open task turns overdue with the day, not with a change).
 */
@IntegrationTest
class TaskStatusCountsTest {

    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TaskQueries queries;
    @Autowired TaskProgressRecorder recorder;
    @Autowired IndexCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired Clock clock;

    PlanningFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        today = LocalDate.now(clock);
    }

    /**
     * For each plan, alone and with its year, on five days: the stored counts equal the recount. Then every stored row
     * of every plan equals the recount from all the tasks, read in one statement (other tests write tasks meanwhile).
     */
    private void assertStoredCountsEqualRecount(Plan... checked) {
        for (Plan plan : checked) {
            for (TaskFilter filter : List.of(TaskFilter.none().withPlan(plan.getId()),
                    new TaskFilter(null, plan.getId(), plan.getYear(), null, null, null, TaskStatus.OVERDUE, null, null,
                            TaskSort.TITLE))) {
                for (LocalDate day : List.of(today.minusYears(1), today.minusDays(1), today, today.plusDays(1),
                        today.plusYears(1))) {
                    assertThat(queries.countByStatus(filter, COORDINATOR, day)).as("plan %s on %s", plan.getId(), day)
                            .isEqualTo(queries.recount(filter, COORDINATOR, day));
                }
            }
        }
        assertThat(PlanningFixtures.storedCountDisagreements(jdbc)).isZero();
    }

    private Map<TaskStatus, Long> counts(Plan plan) {
        return queries.countByStatus(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, today);
    }

    private static Map<TaskStatus, Long> counts(long notStarted, long inProgress, long overdue, long onTime, long late,
            long cancelled) {
        return Map.of(TaskStatus.NOT_STARTED, notStarted, TaskStatus.IN_PROGRESS, inProgress, TaskStatus.OVERDUE,
                overdue, TaskStatus.DONE_ON_TIME, onTime, TaskStatus.DONE_LATE, late, TaskStatus.CANCELLED, cancelled);
    }

    @Test
    void theStoredCountsEqualARecountAfterEveryChangeToTasks() {
        Unit ours = data.department("Sở Nội vụ");
        Unit theirs = data.department("Sở Tư pháp");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(100));
        Plan other = fixtures.draft(today.getYear(), today.minusDays(90));
        assertThat(counts(plan)).isEqualTo(counts(0, 0, 0, 0, 0, 0));

        Task later = fixtures.addTask(plan, ours, Set.of(theirs.getId()), today.plusDays(10));
        Task late = fixtures.addTask(plan, ours, Set.of(), today.minusDays(5));
        Task dueToday = fixtures.addTask(plan, theirs, Set.of(), today);
        Task elsewhere = fixtures.addTask(other, theirs, Set.of(), today.plusDays(1));
        assertThat(counts(plan)).isEqualTo(counts(2, 0, 1, 0, 0, 0));
        assertStoredCountsEqualRecount(plan, other);

        List<Task> imported = tasks.createAll(plan.getId(), List.of(
                fixtures.task(plan.getYear(), ours, Set.of(), today.plusDays(30)),
                fixtures.task(plan.getYear(), theirs, Set.of(), today.minusDays(30))), "nhiem-vu.xlsx", COORDINATOR);
        assertThat(counts(plan)).isEqualTo(counts(3, 0, 2, 0, 0, 0));
        assertStoredCountsEqualRecount(plan);

        TaskCommand refused = fixtures.task(plan.getYear(), ours, Set.of(), today.plusDays(3));
        assertThatThrownBy(() -> tasks.createAll(plan.getId(), List.of(
                fixtures.task(plan.getYear(), ours, Set.of(), today.plusDays(3)),
                new TaskCommand("", null, null, Set.of(), ours.getId(), Set.of(), null, DeadlineKind.DATE,
                        refused.dueDate(), TaskPriority.NORMAL)), "hong.xlsx", COORDINATOR))
                .isInstanceOf(TaskBatchRefused.class);
        assertThat(counts(plan)).as("a refused import leaves no count behind").isEqualTo(counts(3, 0, 2, 0, 0, 0));

        Task mistaken = tasks.get(imported.get(1).getId(), COORDINATOR);
        tasks.delete(mistaken.getId(), mistaken.getVersion(), COORDINATOR);
        assertThat(counts(plan)).isEqualTo(counts(3, 0, 1, 0, 0, 0));
        assertStoredCountsEqualRecount(plan);

        fixtures.issue(plan);
        fixtures.issue(other);
        recorder.recordAcceptedProgress(later.getId(), ours.getId(), 40, null, "test-coordinator");
        recorder.recordAcceptedProgress(late.getId(), ours.getId(), 100, today, "test-coordinator");
        recorder.recordAcceptedProgress(dueToday.getId(), theirs.getId(), 100, today, "test-coordinator");
        assertThat(counts(plan)).isEqualTo(counts(1, 1, 0, 1, 1, 0));
        assertStoredCountsEqualRecount(plan, other);

        recorder.recordAcceptedProgress(later.getId(), ours.getId(), 60, null, "test-coordinator");
        assertThat(counts(plan)).as("progress within a state moves nothing").isEqualTo(counts(1, 1, 0, 1, 1, 0));
        recorder.recordAcceptedProgress(late.getId(), ours.getId(), 80, null, "test-coordinator");
        assertThat(counts(plan)).as("a finished task corrected back to 80 %").isEqualTo(counts(1, 1, 1, 1, 0, 0));
        recorder.recordAcceptedProgress(imported.get(0).getId(), ours.getId(), 20, null, "test-coordinator");
        assertThat(counts(plan)).isEqualTo(counts(0, 2, 1, 1, 0, 0));
        assertStoredCountsEqualRecount(plan);

        Task moved = tasks.get(later.getId(), COORDINATOR);
        tasks.update(moved.getId(), moved.getVersion(),
                fixtures.task(plan.getYear(), theirs, Set.of(), today.minusDays(2)), COORDINATOR);
        assertThat(counts(plan)).as("moved before today: overdue").isEqualTo(counts(0, 1, 2, 1, 0, 0));
        assertStoredCountsEqualRecount(plan);

        Task dropped = tasks.get(elsewhere.getId(), COORDINATOR);
        tasks.cancel(dropped.getId(), dropped.getVersion(), "Không còn phù hợp", COORDINATOR);
        assertThat(counts(other)).isEqualTo(counts(0, 0, 0, 0, 0, 1));
        assertStoredCountsEqualRecount(plan, other);

        Plan issued = plans.get(plan.getId(), COORDINATOR);
        plans.close(issued.getId(), issued.getVersion(), COORDINATOR);
        assertThat(counts(plan)).as("closing a plan changes no task").isEqualTo(counts(0, 1, 2, 1, 0, 0));
        assertStoredCountsEqualRecount(plan, other);
    }

    @Test
    void theListReadsTheStoredCountsOnlyWhereTheyAnswerItsFilter() {
        Unit ours = data.department("Sở Công Thương");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(60));
        fixtures.addTask(plan, ours, Set.of(), today.plusDays(3));
        Task high = tasks.create(plan.getId(), new TaskCommand("Nhiệm vụ ưu tiên " + TestData.unique("t"), null, null,
                Set.of(fixtures.parCriterion(plan.getYear(), "3")), ours.getId(), Set.of(), null, DeadlineKind.DATE,
                today.minusDays(3), TaskPriority.HIGH), COORDINATOR);
        TaskFilter byPlan = TaskFilter.none().withPlan(plan.getId());

        jdbc.sql("update task_status_count set tasks = tasks + 1000 where plan_id = :plan").param("plan", plan.getId())
                .update();
        try {
            assertThat(queries.countByStatus(byPlan, COORDINATOR, today).get(TaskStatus.OVERDUE))
                    .as("the plan's list reads the stored rows").isEqualTo(1001);
            assertThat(queries.countByStatus(new TaskFilter(null, plan.getId(), null, null, null, null, null,
                    TaskPriority.HIGH, null, null), COORDINATOR, today)).as("a priority is counted from the tasks")
                    .isEqualTo(counts(0, 0, 1, 0, 0, 0));
            assertThat(queries.countByStatus(byPlan.withUnit(ours.getId(), null), COORDINATOR, today))
                    .as("a unit is counted from the tasks").isEqualTo(counts(1, 0, 1, 0, 0, 0));
        } finally {
            jdbc.sql("update task_status_count set tasks = tasks - 1000 where plan_id = :plan")
                    .param("plan", plan.getId()).update();
        }
        assertThat(high.getPriority()).isEqualTo(TaskPriority.HIGH);
        assertStoredCountsEqualRecount(plan);
    }
}
