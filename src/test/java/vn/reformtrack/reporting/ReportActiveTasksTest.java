package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskCommand;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.UnitTask;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

/**
 * A report's view checks its unit's active tasks for a refill; those are kept per unit and period while reporting's
 * version and the day hold. After every change to the unit's tasks the product allows, the next view has what a fresh
 * read gives (and the report's entries follow); a view with nothing changed does not read the tasks again; and what a
 * transaction that wrote read is never kept, so a rolled-back change never shows.
 */
@IntegrationTest
class ReportActiveTasksTest {

    private static final String TASKS_STATEMENT = "from task t join plan p";

    @Autowired ReportService reports;
    @Autowired PeriodService periods;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired PlanningQueries planning;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;

    ReportingFixtures fixtures;
    PlanningFixtures plansFixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        plansFixtures = new PlanningFixtures(plans, tasks, catalog);
        fixtures = new ReportingFixtures(data, plansFixtures, periods, reports, transactions);
        today = LocalDate.now(clock);
    }

    @Test
    void everyChangeToTheUnitsTasksShowsOnTheNextViewAndAViewWithNothingChangedReadsNoTasks() {
        Scenario s = fixtures.scenario(today, 10, null);
        long reportId = reports.openForUnit(s.period().getId(), s.staffUser()).getId();
        Change change = (what, action) -> {
            opened(reportId, s.staffUser());
            action.run();
            assertThat(opened(reportId, s.staffUser()).activeTasks()).as("the tasks after %s", what)
                    .isEqualTo(fresh(s));
        };

        opened(reportId, s.staffUser());
        StatementCounter.reset();
        List<UnitTask> kept = opened(reportId, s.staffUser()).activeTasks();
        assertThat(StatementCounter.statements()).as("a view with nothing changed").doesNotContain(TASKS_STATEMENT)
                .contains("reporting_involved_version");
        assertThat(kept).isEqualTo(fresh(s));

        change.after("a task renamed and moved", () -> {
            Task task = tasks.get(s.ledTask().getId(), PlanningFixtures.COORDINATOR);
            TaskCommand was = plansFixtures.task(today.getYear(), s.ours(), Set.of(), task.getDueDate());
            tasks.update(task.getId(), task.getVersion(), new TaskCommand(task.getTitle() + " (sửa)", was.description(),
                    was.expectedOutput(), was.criterionIds(), s.ours().getId(), Set.of(), null, was.deadlineKind(),
                    today.plusDays(5), was.priority()), PlanningFixtures.COORDINATOR);
        });
        assertThat(titleIn(opened(reportId, s.staffUser()).activeTasks(), s.ledTask().getId())).endsWith(" (sửa)");

        change.after("a task added to the issued plan", () -> plansFixtures.addTask(s.plan(), s.ours(), Set.of(),
                today.plusDays(60)));
        change.after("our unit made a coordinating unit of another's task", () -> {
            Task task = tasks.get(s.theirTask().getId(), PlanningFixtures.COORDINATOR);
            TaskCommand was = plansFixtures.task(today.getYear(), s.theirs(), Set.of(), task.getDueDate());
            tasks.update(task.getId(), task.getVersion(), new TaskCommand(task.getTitle(), was.description(),
                    was.expectedOutput(), was.criterionIds(), s.theirs().getId(), Set.of(s.ours().getId()), null,
                    was.deadlineKind(), task.getDueDate(), was.priority()), PlanningFixtures.COORDINATOR);
        });
        assertThat(fixtures.entries(reportId)).extracting(ReportingFixtures.Stored::taskId, ReportingFixtures.Stored::role)
                .contains(tuple(s.theirTask().getId(), TaskRole.COORDINATING));
        change.after("a task cancelled", () -> tasks.cancel(s.coordinatedTask().getId(),
                tasks.get(s.coordinatedTask().getId(), PlanningFixtures.COORDINATOR).getVersion(), "Không còn phù hợp",
                PlanningFixtures.COORDINATOR));
        change.after("the period rescheduled", () -> fixtures.reschedule(s.period(), today.plusDays(3), null));
        change.after("the plan closed", () -> plans.close(s.plan().getId(),
                plans.get(s.plan().getId(), PlanningFixtures.COORDINATOR).getVersion(), PlanningFixtures.COORDINATOR));
    }

    /**
     * A transaction that changed a task and then opened the report read its own change at a version its rollback gives
     * back: the next change committed moves the version to that same number. What it read must not be kept, or that
     * change's readers would be given the undone title.
     */
    @Test
    void whatATransactionThatWroteReadIsNeverKept() {
        Scenario s = fixtures.scenario(today, 10, null);
        long reportId = reports.openForUnit(s.period().getId(), s.staffUser()).getId();
        long taskId = s.ledTask().getId();
        long versionBefore = version();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update task set title = 'Tên bị hoàn tác' where id = ?").param(taskId).update();
            assertThat(titleIn(opened(reportId, s.staffUser()).activeTasks(), taskId)).isEqualTo("Tên bị hoàn tác");
            status.setRollbackOnly();
        });
        assertThat(version()).isEqualTo(versionBefore);

        jdbc.sql("update task set title = 'Tên đã lưu' where id = ?").param(taskId).update();
        assertThat(titleIn(opened(reportId, s.staffUser()).activeTasks(), taskId)).isEqualTo("Tên đã lưu");
        assertThat(opened(reportId, s.staffUser()).activeTasks()).isEqualTo(fresh(s));
    }

    @FunctionalInterface
    private interface Change {
        void after(String what, Runnable action);
    }

    private ReportService.Opened opened(long reportId, CurrentUser user) {
        return new TransactionTemplate(transactions).execute(status -> reports.open(reportId, user));
    }

    private List<UnitTask> fresh(Scenario s) {
        ReportingPeriod period = periods.get(s.period().getId());
        return planning.tasksOfUnit(s.ours().getId(), period.getStartsOn(), period.getEndsOn());
    }

    private static String titleIn(List<UnitTask> active, long taskId) {
        return active.stream().filter(task -> task.task().id() == taskId).findFirst().orElseThrow().task().title();
    }

    private long version() {
        return jdbc.sql("select version from reporting_involved_version").query(Long.class).single();
    }
}
