package vn.reformtrack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

/**
 * No N+1 on the heavy pages: each page runs as many SQL statements on a province grown by a dozen units with their
 * tasks, coordinations, progress, periods and reports as before (counted with datasource-proxy, after a first request
 * that writes the day's read-model slices), and no more than a small fixed number.
 */
@IntegrationTest
class PageStatementsTest {

    /**
     * A little more than any page below needs today (the most: the assessment round, 40–42 in the full suite's
     * database; the others 20 or fewer). Every page gained two statements with the notification bell and the
     * people's names read once per request.
     */
    private static final long MOST_A_PAGE_MAY_RUN = 45;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TargetService targets;
    @Autowired TaskProgressRecorder recorder;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired ReportingQueries reporting;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private record Page(String account, String path) {}

    @Test
    void theHeavyPagesRunAsManyStatementsOnALargerProvinceAsOnASmallerOne() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long period = reporting.currentPeriod().orElseThrow().id();
        long round = jdbc.sql("select min(id) from assessment_round").query(Long.class).single();
        List<Page> pages = List.of(
                new Page("leader", "/"),
                new Page("leader", "/dashboard"),
                new Page("leader", "/dashboard/progress"),
                new Page("leader", "/dashboard/league"),
                new Page("leader", "/dashboard/rankings"),
                new Page("leader", "/dashboard/annual"),
                new Page("coordinator", "/planning/tasks"),
                new Page("coordinator", "/planning/tasks?status=OVERDUE&sort=PRIORITY"),
                new Page("coordinator", "/planning/tasks?query=nhiem&sort=TITLE"),
                new Page("coordinator", "/planning/tasks/by-unit"),
                new Page("coordinator", "/reporting/grid"),
                new Page("coordinator", "/reporting/grid?status=MISSING&page=1"),
                new Page("coordinator", "/reporting/periods/" + period),
                new Page("coordinator", "/reporting/periods/" + period + "/consolidated"),
                new Page("coordinator", "/reporting/periods/" + period + "/chasing"),
                new Page("coordinator", "/assessment/rounds/" + round),
                new Page("head", "/"));

        Map<String, Long> before = statements(pages);
        grow(today);
        Map<String, Long> after = statements(pages);

        assertThat(after).as("statements per page after the province grew").isEqualTo(before);
        assertThat(before.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MOST_A_PAGE_MAY_RUN));
    }

    /**
     * Each page's statements once the application has seen it (the first request writes the day's slices of the read
     * model): the fewer of two further requests, as something remembered for a while (the working calendar, a minute)
     * is read again when it runs out, which can fall inside one of them but not both.
     */
    private Map<String, Long> statements(List<Page> pages) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Page page : pages) {
            mvc.perform(get(page.path()).with(data.as(page.account()))).andExpect(status().isOk());
            counts.put(page.account() + " " + page.path(), Math.min(counted(page), counted(page)));
        }
        return counts;
    }

    private long counted(Page page) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(page.path()).with(data.as(page.account()))).andExpect(status().isOk());
        return StatementCounter.count();
    }

    /**
     * A dozen more units, each leading three tasks of this year's issued plan (one coordinated by its neighbour, one
     * finished, one coordinated by the demo head's unit), a second plan with targets of every index, and two more
     * periods with a report filled and one submitted.
     */
    private void grow(LocalDate today) {
        PlanningFixtures planning = new PlanningFixtures(plans, tasks, catalog);
        Plan plan = planning.draft(today.getYear(), today.minusDays(90));
        long headUnit = jdbc.sql("select unit_id from user_account where username = 'head'").query(Long.class).single();
        Unit previous = data.department("Sở thêm đầu tiên");
        for (int i = 0; i < 12; i++) {
            Unit unit = data.department("Sở thêm " + i);
            planning.addTask(plan, unit, Set.of(previous.getId()), today.plusDays(i));
            planning.addTask(plan, unit, Set.of(), today.minusDays(i + 1));
            Task done = planning.addTask(plan, unit, Set.of(headUnit), today.plusDays(30));
            previous = unit;
            if (i == 0) {
                planning.issue(plan);
                plan = plans.get(plan.getId(), PlanningFixtures.COORDINATOR);
            }
            recorder.recordAcceptedProgress(done.getId(), unit.getId(), 100, today, "test-coordinator");
        }
        Plan second = planning.draft(today.getYear(), today.minusDays(80));
        for (String framework : List.of("PAR_PROVINCE", "SIPAS")) {
            targets.add(second.getId(), new TargetCommand(planning.framework(framework), TargetMetric.RANK,
                    TargetComparison.AT_MOST, BigDecimal.TEN, null, null, null), PlanningFixtures.COORDINATOR);
        }
        planning.addTask(second, previous, Set.of(), today.plusDays(10));
        planning.issue(second);
        ReportingFixtures fixtures = new ReportingFixtures(data, planning, periods, reports, transactions);
        fixtures.filled(fixtures.scenario(today, 3, null), 40);
        ReportingFixtures.Scenario submitted = fixtures.scenario(today, 3, null);
        UnitReport report = fixtures.filled(submitted, 80);
        reports.submit(report.getId(), report.getVersion(), submitted.headUser());
    }
}
