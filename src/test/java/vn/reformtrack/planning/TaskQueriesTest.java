package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

/**
 * The task lists: two statements a page (the counts per status, then the rows) however many units and criteria each
 * row names, one (the lists' version) for a page read before while nothing changed; SQL and Java agree on status.
 */
@IntegrationTest
class TaskQueriesTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    TaskProgressRecorder recorder;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    PlanningFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        today = LocalDate.now(clock);
    }

    @Test
    void aPageOfFiftyTasksIsTwoStatementsWithItsTotalAndStatusCounts() {
        Unit lead = data.department("Sở Xây dựng");
        Set<Long> coordinating = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            coordinating.add(data.department("Sở phối hợp " + i).getId());
        }
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(100));
        for (int i = 0; i < 60; i++) {
            fixtures.addTask(plan, lead, coordinating, today.plusDays(i));
        }
        TaskQueries counted = new TaskQueries(JdbcClient.create(dataSource), new TaskListVersion(JdbcClient.create(dataSource)));
        StatementCounter.reset();

        TaskListPage list = counted.read(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, today,
                PageRequest.of(0, 50));
        Page<TaskRow> page = list.tasks();

        assertThat(StatementCounter.count()).isEqualTo(2);
        assertThat(list.statusCounts()).containsEntry(TaskStatus.NOT_STARTED, 60L);
        assertThat(page.getContent()).hasSize(50);
        assertThat(page.getTotalElements()).isEqualTo(60);
        assertThat(page.getContent().get(0).coordinatingUnitNames().split("; ")).hasSize(4);
        assertThat(page.getContent().get(0).criteriaCodes()).isEqualTo("PAR_PROVINCE 3");
        assertThat(page.getContent()).extracting(TaskRow::dueDate).isSorted();

        fixtures.issue(plan);
        StatementCounter.reset();
        CurrentUser unitUser = new CurrentUser(1, "u", "U", Role.UNIT_STAFF, lead.getId());
        Page<TaskRow> second = counted.read(TaskFilter.none().withUnit(lead.getId(), TaskRole.LEAD)
                .withStatus(TaskStatus.NOT_STARTED), unitUser, today, PageRequest.of(1, 50)).tasks();
        assertThat(StatementCounter.count()).isEqualTo(2);
        assertThat(second.getContent()).hasSize(10).allSatisfy(row -> assertThat(row.role()).isEqualTo(TaskRole.LEAD));
        assertThat(second.getTotalElements()).isEqualTo(60);

        StatementCounter.reset();
        Page<TaskRow> beyond = counted.read(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, today,
                PageRequest.of(5, 50)).tasks();
        assertThat(StatementCounter.count()).as("a page past the end reads only the counts").isEqualTo(1);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(60);

        counted.search(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, today, PageRequest.of(0, 50));
        StatementCounter.reset();
        TaskListPage again = counted.search(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, today,
                PageRequest.of(0, 50));
        assertThat(StatementCounter.count()).as("the same page again, nothing changed: the version alone").isEqualTo(1);
        assertThat(again).isEqualTo(counted.read(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, today,
                PageRequest.of(0, 50)));
    }

    @Test
    void theListsDeriveTheSameStatusAsTheTaskItself() {
        Unit lead = data.department("Sở Y tế");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(200));
        Map<TaskStatus, Task> byStatus = new EnumMap<>(TaskStatus.class);
        byStatus.put(TaskStatus.NOT_STARTED, fixtures.addTask(plan, lead, Set.of(), today.plusDays(10)));
        byStatus.put(TaskStatus.IN_PROGRESS, fixtures.addTask(plan, lead, Set.of(), today));
        byStatus.put(TaskStatus.OVERDUE, fixtures.addTask(plan, lead, Set.of(), today.minusDays(1)));
        byStatus.put(TaskStatus.DONE_ON_TIME, fixtures.addTask(plan, lead, Set.of(), today.minusDays(3)));
        byStatus.put(TaskStatus.DONE_LATE, fixtures.addTask(plan, lead, Set.of(), today.minusDays(10)));
        byStatus.put(TaskStatus.CANCELLED, fixtures.addTask(plan, lead, Set.of(), today.plusDays(3)));
        fixtures.issue(plan);
        recorder.recordAcceptedProgress(byStatus.get(TaskStatus.IN_PROGRESS).getId(), lead.getId(), 30, null, "r");
        recorder.recordAcceptedProgress(byStatus.get(TaskStatus.DONE_ON_TIME).getId(), lead.getId(), 100,
                today.minusDays(3), "r");
        recorder.recordAcceptedProgress(byStatus.get(TaskStatus.DONE_LATE).getId(), lead.getId(), 100,
                today.minusDays(2), "r");
        Task cancelled = tasks.get(byStatus.get(TaskStatus.CANCELLED).getId(), COORDINATOR);
        tasks.cancel(cancelled.getId(), cancelled.getVersion(), "Không cần nữa", COORDINATOR);

        for (Map.Entry<TaskStatus, Task> entry : byStatus.entrySet()) {
            Task task = tasks.get(entry.getValue().getId(), COORDINATOR);
            assertThat(task.status(today)).as("Java, %s", entry.getKey()).isEqualTo(entry.getKey());
            Page<TaskRow> found = tasks.search(TaskFilter.none().withPlan(plan.getId()).withStatus(entry.getKey()),
                    COORDINATOR, PageRequest.of(0, 10));
            assertThat(found.getContent()).as("SQL, %s", entry.getKey()).extracting(TaskRow::id, TaskRow::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(task.getId(), entry.getKey()));
        }
        assertThat(tasks.countByStatus(TaskFilter.none().withPlan(plan.getId()), COORDINATOR))
                .allSatisfy((status, count) -> assertThat(count).as(status.name()).isEqualTo(1L));
        assertThat(tasks.search(TaskFilter.none().withPlan(plan.getId()), COORDINATOR, PageRequest.of(0, 10))
                .getContent().get(0).daysOverdue()).isEqualTo(1);
    }

    @Test
    void searchFindsWordsWithoutDiacriticsAndTheCriterionFilterReachesTheSubtree() {
        Unit lead = data.department("Sở Tài chính");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(30));
        TaskCommand base = fixtures.task(today.getYear(), lead, Set.of(), today.plusDays(5));
        Task digital = tasks.create(plan.getId(), new TaskCommand("Số hóa hồ sơ thủ tục hành chính", null, null,
                Set.of(fixtures.parCriterion(today.getYear(), "7")), lead.getId(), Set.of(), null, DeadlineKind.DATE,
                base.dueDate(), TaskPriority.HIGH), COORDINATOR);
        fixtures.addTask(plan, lead, Set.of(), today.plusDays(5));

        assertThat(tasks.search(new TaskFilter("so hoa ho so", plan.getId(), null, null, null, null, null, null, null,
                null), COORDINATOR, PageRequest.of(0, 10)).getContent()).extracting(TaskRow::id).containsExactly(digital.getId());
        assertThat(tasks.search(new TaskFilter(null, plan.getId(), null, null, null,
                        fixtures.parCriterion(today.getYear(), "7"), null, TaskPriority.HIGH, null, TaskSort.PRIORITY),
                COORDINATOR, PageRequest.of(0, 10)).getContent()).extracting(TaskRow::id).containsExactly(digital.getId());
    }

    @Test
    void theByUnitSummaryCountsWhatEachUnitLeadsAndCoordinates() {
        Unit chased = data.department("Sở Giáo dục và Đào tạo");
        Unit other = data.department("Sở Xây dựng");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(200));
        fixtures.addTask(plan, chased, Set.of(), today.minusDays(2));
        Task late = fixtures.addTask(plan, chased, Set.of(), today.minusDays(20));
        fixtures.addTask(plan, chased, Set.of(), today.plusDays(9));
        fixtures.addTask(plan, other, Set.of(chased.getId()), today.plusDays(9));
        fixtures.issue(plan);
        recorder.recordAcceptedProgress(late.getId(), chased.getId(), 100, today.minusDays(1), "r");

        var counts = tasks.countByUnit(TaskFilter.none().withPlan(plan.getId()), COORDINATOR);

        assertThat(counts).extracting(UnitTaskCounts::unitId).containsExactly(chased.getId(), other.getId());
        assertThat(counts.get(0)).isEqualTo(new UnitTaskCounts(chased.getId(), chased.getName(), 3, 2, 1, 0, 1, 1));
        assertThat(counts.get(1)).isEqualTo(new UnitTaskCounts(other.getId(), other.getName(), 1, 1, 0, 0, 0, 0));
    }
}
