package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The task list's pages come from indexes: for every order the list offers, under every filter, the plan reads the
 * page's ids in an index's order (no sort of every match) — but a year's list, which sorts the year's tasks — and the
 * title order is Vietnamese alphabetical order; a year's list in every order is the year's tasks in that order.
 */
@IntegrationTest
class TaskListIndexTest {

    private static final Pattern NODE = Pattern.compile("\"Node Type\": \"([^\"]+)\"");

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    @Test
    void everyOrderTheListOffersIsReadFromAnIndexUnderEveryFilter() {
        LocalDate today = LocalDate.now(clock);
        Unit lead = data.department("Sở Khoa học và Công nghệ");
        PlanningFixtures fixtures = new PlanningFixtures(plans, tasks, catalog);
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(30));
        fixtures.addTask(plan, lead, Set.of(), today.plusDays(3));
        long criterion = fixtures.parCriterion(today.getYear(), "7");
        List<TaskFilter> filters = new ArrayList<>();
        filters.add(TaskFilter.none());
        for (TaskStatus status : TaskStatus.values()) {
            filters.add(TaskFilter.none().withStatus(status));
        }
        filters.add(new TaskFilter("so hoa", null, null, null, null, null, null, null, null, null));
        filters.add(new TaskFilter(null, null, today.getYear(), null, null, null, null, null, null, null));
        filters.add(new TaskFilter(null, plan.getId(), null, null, null, null, TaskStatus.OVERDUE, null, null, null));
        filters.add(TaskFilter.none().withUnit(lead.getId(), null));
        filters.add(TaskFilter.none().withUnit(lead.getId(), TaskRole.COORDINATING));
        filters.add(new TaskFilter(null, null, null, null, null, criterion, null, TaskPriority.HIGH,
                DeadlineKind.DATE, null));
        TaskQueries queries = new TaskQueries(JdbcClient.create(dataSource), new TaskListVersion(JdbcClient.create(dataSource)));
        CurrentUser unitUser = new CurrentUser(1, "u", "U", Role.UNIT_STAFF, lead.getId());

        for (TaskSort sort : TaskSort.values()) {
            for (TaskFilter filter : filters) {
                TaskFilter sorted = new TaskFilter(filter.query(), filter.planId(), filter.year(), filter.unitId(),
                        filter.unitRole(), filter.criterionId(), filter.status(), filter.priority(),
                        filter.deadlineKind(), sort);
                for (CurrentUser viewer : List.of(COORDINATOR, unitUser)) {
                    List<String> nodes = planNodes(queries, sorted, viewer, today);
                    if (sorted.year() != null) {
                        // A year's tasks are gathered first (by their plans) and sorted: never a walk of every year.
                        assertThat(nodes).as("%s as %s", sorted, viewer.role())
                                .contains("Limit", "Sort", "CTE Scan");
                    } else {
                        assertThat(nodes).as("%s as %s", sorted, viewer.role())
                                .contains("Limit")
                                .doesNotContain("Sort");
                    }
                }
            }
        }
    }

    @Test
    void titlesComeInVietnameseAlphabeticalOrder() {
        LocalDate today = LocalDate.now(clock);
        Unit lead = data.department("Sở Văn hóa");
        PlanningFixtures fixtures = new PlanningFixtures(plans, tasks, catalog);
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(30));
        TaskCommand base = fixtures.task(today.getYear(), lead, Set.of(), today.plusDays(5));
        for (String title : List.of("Đào tạo công chức", "Dân vận khéo", "Ăn ở hợp vệ sinh", "Bảo đảm an ninh",
                "An toàn thông tin", "Âm thanh hội trường")) {
            tasks.create(plan.getId(), new TaskCommand(title, null, null, base.criterionIds(), lead.getId(), Set.of(),
                    null, DeadlineKind.DATE, base.dueDate(), TaskPriority.NORMAL), COORDINATOR);
        }

        TaskListPage page = tasks.list(new TaskFilter(null, plan.getId(), null, null, null, null, null, null, null,
                TaskSort.TITLE), COORDINATOR, PageRequest.of(0, 10));

        assertThat(page.tasks().getContent()).extracting(TaskRow::title).containsExactly("An toàn thông tin",
                "Ăn ở hợp vệ sinh", "Âm thanh hội trường", "Bảo đảm an ninh", "Dân vận khéo", "Đào tạo công chức");
    }

    @Test
    void aYearsListIsTheYearsTasksInTheChosenOrder() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() + 4;
        Unit lead = data.department("Sở Kế hoạch năm");
        PlanningFixtures fixtures = new PlanningFixtures(plans, tasks, catalog);
        Plan ours = fixtures.draft(year, today);
        Plan nextYears = fixtures.draft(year + 1, today);
        TaskCommand base = fixtures.task(year, lead, Set.of(), LocalDate.of(year, 6, 1));
        record Wanted(Plan plan, String title, TaskPriority priority, LocalDate due) {}
        for (Wanted task : List.of(
                new Wanted(ours, "Cao, hạn 20/6", TaskPriority.HIGH, LocalDate.of(year, 6, 20)),
                new Wanted(ours, "Thường, hạn 5/6", TaskPriority.NORMAL, LocalDate.of(year, 6, 5)),
                new Wanted(ours, "Thấp, hạn 1/6", TaskPriority.LOW, LocalDate.of(year, 6, 1)),
                new Wanted(ours, "Cao, hạn 10/6", TaskPriority.HIGH, LocalDate.of(year, 6, 10)),
                new Wanted(nextYears, "Năm sau, cao", TaskPriority.HIGH, LocalDate.of(year + 1, 1, 2)))) {
            tasks.create(task.plan().getId(), new TaskCommand(task.title(), null, null, base.criterionIds(), lead.getId(),
                    Set.of(), null, DeadlineKind.DATE, task.due(), task.priority()), COORDINATOR);
        }
        TaskFilter byPriority = new TaskFilter(null, null, year, null, null, null, null, null, null, TaskSort.PRIORITY);

        assertThat(tasks.list(byPriority, COORDINATOR, PageRequest.of(0, 10)).tasks().getContent())
                .extracting(TaskRow::title)
                .containsExactly("Cao, hạn 10/6", "Cao, hạn 20/6", "Thường, hạn 5/6", "Thấp, hạn 1/6");
        assertThat(tasks.list(byPriority, COORDINATOR, PageRequest.of(1, 3)).tasks().getContent())
                .extracting(TaskRow::title).containsExactly("Thấp, hạn 1/6");
        assertThat(tasks.list(new TaskFilter(null, null, year, null, null, null, null, TaskPriority.HIGH, null,
                        TaskSort.TITLE), COORDINATOR, PageRequest.of(0, 10)).tasks().getContent())
                .extracting(TaskRow::title).containsExactly("Cao, hạn 10/6", "Cao, hạn 20/6");
    }

    /**
     * The node types of the plan of a page's ids, with sorting and whole-table reads made as dear as PostgreSQL
     * allows: a Sort left in the plan means that no index gives the order.
     */
    private List<String> planNodes(TaskQueries queries, TaskFilter filter, CurrentUser viewer, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        String sql = queries.pageIds(filter, viewer, params, PageRequest.of(0, 50));
        String plan = new TransactionTemplate(transactions).execute(status -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("set local enable_sort = off").update();
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain (format json) " + sql).params(params).query(String.class).single();
        });
        List<String> nodes = new ArrayList<>();
        Matcher matcher = NODE.matcher(plan);
        while (matcher.find()) {
            nodes.add(matcher.group(1));
        }
        return nodes;
    }
}
