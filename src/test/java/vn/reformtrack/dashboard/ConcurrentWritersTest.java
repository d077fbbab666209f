package vn.reformtrack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.evidence.SignedInHttpClient;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportStatus;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Writers and readers at once, on the real server: in four units staff save every entry of their report again and
 * again, heads submit, the coordinator reviews and accepts (which records the tasks' progress and updates the
 * dashboards' read model in the same transactions), while a leader and a coordinator keep loading the home page,
 * dashboards, grid and task list. No deadlock, no failed request, no lost update: every report ends accepted with the
 * last progress saved, the tasks carry it, and the read models (the dashboards', the task list's counts) equal a
 * recount.
 */
@IntegrationTest
class ConcurrentWritersTest {

    private static final int UNITS = 4;
    private static final int ROUNDS = 6;

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired PlanningQueries planning;
    @Autowired ProgressQueries progress;
    @Autowired ReportTimeliness timeliness;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void staffSavingHeadsSubmittingAndTheCoordinatorAcceptingWhilePagesAreReadLoseNothingAndFailNothing()
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        ReportingFixtures fixtures = new ReportingFixtures(data, new PlanningFixtures(plans, tasks, catalog), periods,
                reports, transactions);
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            Scenario scenario = fixtures.scenario(today, 5, null);
            fixtures.filled(scenario, 10);
            scenarios.add(scenario);
        }
        String password = TestData.PASSWORD;
        SignedInHttpClient leader = SignedInHttpClient.signIn(port, data.user(Role.LEADER, null).getUsername(), password);
        SignedInHttpClient coordinator = SignedInHttpClient.signIn(port,
                data.user(Role.COORDINATOR, null).getUsername(), password);
        List<Map.Entry<SignedInHttpClient, String>> pages = List.of(Map.entry(leader, "/"),
                Map.entry(leader, "/dashboard/progress"), Map.entry(leader, "/dashboard/league"),
                Map.entry(coordinator, "/reporting/grid"), Map.entry(coordinator, "/planning/tasks"));

        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger pagesRead = new AtomicInteger();
        Map<Long, Integer> lastSaved = new ConcurrentHashMap<>();
        Map<Long, Long> reportOf = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(UNITS + 3);
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            int offset = r;
            readers.add(pool.submit(() -> {
                int i = offset;
                while (writing.get()) {
                    Map.Entry<SignedInHttpClient, String> page = pages.get(i++ % pages.size());
                    try {
                        HttpResponse<Void> response = page.getKey().send(page.getKey().request(page.getValue()).build(),
                                HttpResponse.BodyHandlers.discarding());
                        pagesRead.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add(page.getValue() + " answered " + response.statusCode());
                        }
                    } catch (Exception e) {
                        failures.add(page.getValue() + ": " + e);
                    }
                }
                return null;
            }));
        }
        List<Future<?>> writers = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            writers.add(pool.submit(() -> {
                try {
                    UnitReport report = reports.openForUnit(scenario.period().getId(), scenario.staffUser());
                    reportOf.put(scenario.ours().getId(), report.getId());
                    for (int round = 1; round <= ROUNDS; round++) {
                        int percent = 10 + round * 10;
                        for (Stored entry : fixtures.entries(report.getId())) {
                            reports.saveEntry(report.getId(), entry.id(), entry.version(), new EntryCommand(percent,
                                    EntryStatus.IN_PROGRESS, null, "Vòng " + round, null, null, Set.of()),
                                    scenario.staffUser());
                            lastSaved.put(entry.id(), percent);
                        }
                    }
                    UnitReport current = fixtures.report(report.getId());
                    current = reports.submit(current.getId(), current.getVersion(), scenario.headUser());
                    current = reports.startReview(current.getId(), current.getVersion(), PlanningFixtures.COORDINATOR);
                    reports.accept(current.getId(), current.getVersion(), PlanningFixtures.COORDINATOR);
                } catch (RuntimeException e) {
                    failures.add("writer of unit " + scenario.ours().getName() + ": " + e);
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(3, TimeUnit.MINUTES);
        }
        writing.set(false);
        for (Future<?> reader : readers) {
            reader.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(failures).as("failed requests, deadlocks or refused writes").isEmpty();
        assertThat(pagesRead.get()).as("pages read while writing").isGreaterThan(UNITS);
        int last = 10 + ROUNDS * 10;
        for (Scenario scenario : scenarios) {
            UnitReport report = fixtures.report(reportOf.get(scenario.ours().getId()));
            assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
            assertThat(fixtures.entries(report.getId())).allSatisfy(entry -> {
                assertThat(entry.progressPercent()).as("entry %s", entry.id()).isEqualTo(lastSaved.get(entry.id()))
                        .isEqualTo(last);
                if (entry.role() == TaskRole.LEAD) {
                    assertThat(planning.task(entry.taskId()).orElseThrow().progressPercent()).isEqualTo(last);
                }
            });
        }
        assertReadModelEqualsRecount(today);
        assertThat(PlanningFixtures.storedCountDisagreements(jdbc)).as("task list's stored counts").isZero();
    }

    private void assertReadModelEqualsRecount(LocalDate today) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int year = today.getYear();
        List<Object> kept = tx.execute(status -> List.of(progress.byUnit(year, today, DashboardScope.PROVINCE),
                timeliness.byUnit(year, today, DashboardScope.PROVINCE)));
        for (String table : List.of("dashboard_progress", "dashboard_timeliness", "dashboard_compliance",
                "dashboard_slice")) {
            jdbc.sql("delete from " + table).update();
        }
        List<Object> recounted = tx.execute(status -> List.of(progress.byUnit(year, today, DashboardScope.PROVINCE),
                timeliness.byUnit(year, today, DashboardScope.PROVINCE)));
        assertThat(kept).isEqualTo(recounted);
    }
}
