package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;
import vn.reformtrack.support.VersionRows;

/**
 * The task lists' kept pages ({@link TaskQueries#search}) never disagree with a fresh read: a page is given again while
 * nothing it shows has changed, and a change shows on the next read — whatever wrote it, because every statement that
 * changes what a row reads moves the lists' version (V179) in the writer's own transaction.
 */
@IntegrationTest
class TaskListKeptTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 25);

    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TaskQueries queries;
    @Autowired TaskProgressRecorder recorder;
    @Autowired IndexCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactionManager;

    PlanningFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        today = LocalDate.now(clock);
    }

    private TaskListPage assertSearchIsAFreshRead(TaskFilter filter, CurrentUser viewer, LocalDate day) {
        TaskListPage given = queries.search(filter, viewer, day, FIRST_PAGE);
        assertThat(given).isEqualTo(queries.read(filter, viewer, day, FIRST_PAGE));
        return given;
    }

    private TaskRow row(TaskListPage page, long taskId) {
        return page.tasks().getContent().stream().filter(row -> row.id() == taskId).findFirst().orElseThrow();
    }

    @Test
    void aPageIsGivenAgainUntilSomethingItShowsChangesAndTheChangeShowsOnTheNextRead() {
        Unit ours = data.department("Sở Nội vụ");
        Unit theirs = data.department("Sở Tư pháp");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(30));
        Task first = fixtures.addTask(plan, ours, Set.of(theirs.getId()), today.plusDays(5));
        Task second = fixtures.addTask(plan, theirs, Set.of(), today.minusDays(2));
        TaskFilter byPlan = TaskFilter.none().withPlan(plan.getId());

        TaskListPage read = assertSearchIsAFreshRead(byPlan, COORDINATOR, today);
        assertThat(queries.search(byPlan, COORDINATOR, today, FIRST_PAGE)).as("nothing changed: the kept page")
                .isSameAs(read);
        assertThat(read.statusCounts().get(TaskStatus.OVERDUE)).isEqualTo(1);

        fixtures.issue(plan);
        recorder.recordAcceptedProgress(first.getId(), ours.getId(), 100, today, "test-coordinator");
        TaskListPage finished = assertSearchIsAFreshRead(byPlan, COORDINATOR, today);
        assertThat(row(finished, first.getId()).status()).isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(finished.statusCounts().get(TaskStatus.DONE_ON_TIME)).isEqualTo(1);

        Task renamed = tasks.get(second.getId(), COORDINATOR);
        TaskCommand command = fixtures.task(plan.getYear(), theirs, Set.of(ours.getId()), today.plusDays(1));
        tasks.update(renamed.getId(), renamed.getVersion(), command, COORDINATOR);
        TaskListPage updated = assertSearchIsAFreshRead(byPlan, COORDINATOR, today);
        assertThat(row(updated, second.getId()).title()).isEqualTo(command.title());
        assertThat(row(updated, second.getId()).coordinatingUnitNames()).isEqualTo(ours.getName());
        assertThat(updated.statusCounts().get(TaskStatus.OVERDUE)).as("moved to tomorrow").isZero();

        TaskListPage tomorrow = assertSearchIsAFreshRead(byPlan, COORDINATOR, today.plusDays(2));
        assertThat(tomorrow.statusCounts().get(TaskStatus.OVERDUE)).as("overdue with the day, no change needed")
                .isEqualTo(1);

        CurrentUser theirHead = new CurrentUser(-1, "test-head", "Trưởng phòng thử", Role.UNIT_HEAD, theirs.getId());
        TaskListPage theirs1 = assertSearchIsAFreshRead(byPlan, theirHead, today);
        assertThat(theirs1).as("a unit's page is not the province's").isNotEqualTo(updated);
        assertThat(theirs1.tasks().getContent()).hasSize(2);
        assertThat(row(theirs1, second.getId()).role()).isEqualTo(TaskRole.LEAD);
        assertThat(row(theirs1, first.getId()).role()).isEqualTo(TaskRole.COORDINATING);
    }

    /**
     * Each kind of statement that changes what a list row reads moves the version itself (the version row is then the
     * statement's transaction's own), and is rolled back; a sign-in's time does not move it.
     */
    @Test
    void everyStatementThatChangesWhatARowShowsMovesTheVersion() {
        Unit ours = data.department("Sở Nội vụ");
        Unit theirs = data.department("Sở Tư pháp");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(30));
        Task task = fixtures.addTask(plan, ours, Set.of(), today.plusDays(5));
        long criterion = fixtures.parCriterion(plan.getYear(), "3");
        long person = jdbc.sql("select min(id) from user_account").query(Long.class).single();
        long framework = fixtures.framework("PAR_PROVINCE");

        Map<String, String> moving = new LinkedHashMap<>();
        moving.put("a task's title", "update task set title = title || '.' where id = " + task.getId());
        moving.put("a new coordinating unit", "insert into task_coordinating_unit (task_id, unit_id) values ("
                + task.getId() + ", " + theirs.getId() + ")");
        moving.put("a task's criteria", "delete from task_criterion where task_id = " + task.getId());
        moving.put("a plan's number", "update plan set document_number = document_number || '.' where id = "
                + plan.getId());
        moving.put("a unit's name", "update unit set name = name || '.' where id = " + ours.getId());
        moving.put("a person's name", "update user_account set full_name = full_name || '.' where id = " + person);
        moving.put("a criterion's code", "update criterion set code = code || '.' where id = " + criterion);
        moving.put("an index's code", "update index_framework set code = code || '.' where id = " + framework);
        moving.put("a plan's target (a round's projection judges it)", "insert into plan_target (plan_id, framework_id,"
                + " metric, comparison, value) values (" + plan.getId() + ", " + framework + ", 'RANK', 'AT_MOST', 10)");
        moving.put("a plan's target changed", "update plan_target set value = value where false");
        moving.put("the indices a plan covers", "delete from plan_framework where plan_id = " + plan.getId());
        moving.forEach((change, statement) -> assertThat(movesTheVersion(statement)).as(change).isTrue());
        assertThat(movesTheVersion("delete from task_criterion where task_id = " + task.getId(),
                "delete from task where id = " + task.getId())).as("a task deleted").isTrue();

        assertThat(movesTheVersion("update user_account set last_login_at = now() where id = " + person))
                .as("a sign-in").isFalse();
    }

    private boolean movesTheVersion(String... statements) {
        return new VersionRows(jdbc, transactionManager).moves("task_list_version", statements);
    }
}
