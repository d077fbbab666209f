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
 * page's ids in an index's order (no sort of every match), and the title order is Vietnamese alphabetical order.
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
        TaskQueries queries = new TaskQueries(JdbcClient.create(dataSource));
        CurrentUser unitUser = new CurrentUser(1, "u", "U", Role.UNIT_STAFF, lead.getId());

        for (TaskSort sort : TaskSort.values()) {
            for (TaskFilter filter : filters) {
                TaskFilter sorted = new TaskFilter(filter.query(), filter.planId(), filter.year(), filter.unitId(),
                        filter.unitRole(), filter.criterionId(), filter.status(), filter.priority(),
                        filter.deadlineKind(), sort);
                for (CurrentUser viewer : List.of(COORDINATOR, unitUser)) {
                    assertThat(planNodes(queries, sorted, viewer, today))
                            .as("%s as %s", sorted, viewer.role())
                            .contains("Limit")
                            .doesNotContain("Sort");
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
