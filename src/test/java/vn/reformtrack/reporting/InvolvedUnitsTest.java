package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskCommand;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The stored sets of units with an active task never disagree with the tasks: after each way planning and reporting
 * change what decides them, the set a page reads equals a recount from the source tables ({@link ActiveTaskSql}).
 */
@IntegrationTest
class InvolvedUnitsTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TaskProgressRecorder recorder;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportingQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    PlanningFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        today = LocalDate.now(clock);
    }

    @Test
    void everyChangeToTasksPlansAndPeriodsShowsOnTheNextRead() {
        LocalDate day = ReportingFixtures.freshDay(today);
        Unit leads = data.department("Sở chủ trì bộ đếm");
        Unit coordinates = data.department("Sở phối hợp bộ đếm");
        Unit finishes = data.department("Sở hoàn thành bộ đếm");
        Unit cancels = data.department("Sở bị hủy bộ đếm");
        Unit joinsLater = data.department("Sở thêm sau bộ đếm");
        Unit drafted = data.department("Sở của dự thảo bộ đếm");
        Unit removed = data.department("Sở bị xóa khỏi dự thảo bộ đếm");
        Plan plan = fixtures.draft(today.getYear(), day.minusDays(10));
        Task led = fixtures.addTask(plan, leads, Set.of(coordinates.getId()), today.plusDays(30));
        Task toFinish = fixtures.addTask(plan, finishes, Set.of(), today.plusDays(30));
        Task toCancel = fixtures.addTask(plan, cancels, Set.of(), today.plusDays(30));
        fixtures.issue(plan);
        Plan draft = fixtures.draft(today.getYear(), day.minusDays(5));
        fixtures.addTask(draft, drafted, Set.of(), today.plusDays(30));
        Task written = fixtures.addTask(draft, removed, Set.of(), today.plusDays(30));
        ReportingPeriod period = periods.create(new PeriodCommand(PeriodKind.AD_HOC, day.getYear(),
                "Kỳ thử bộ đếm " + TestData.unique("p"), day, day, day, null), PlanningFixtures.COORDINATOR);
        long id = period.getId();

        assertThat(read(id)).contains(leads.getId(), coordinates.getId(), finishes.getId(), cancels.getId())
                .doesNotContain(joinsLater.getId(), drafted.getId());

        recorder.recordAcceptedProgress(toFinish.getId(), finishes.getId(), 100, day.minusDays(1), "r");
        assertThat(read(id)).as("done before the period").doesNotContain(finishes.getId());

        Task cancelled = tasks.get(toCancel.getId(), PlanningFixtures.COORDINATOR);
        tasks.cancel(cancelled.getId(), cancelled.getVersion(), "Không cần nữa", PlanningFixtures.COORDINATOR);
        assertThat(read(id)).as("cancelled after the period started: still counts").contains(cancels.getId());

        fixtures.addTask(plan, joinsLater, Set.of(), today.plusDays(40));
        assertThat(read(id)).as("a task added").contains(joinsLater.getId());

        Task current = tasks.get(led.getId(), PlanningFixtures.COORDINATOR);
        TaskCommand moved = fixtures.task(plan.getYear(), joinsLater, Set.of(leads.getId()), today.plusDays(30));
        tasks.update(current.getId(), current.getVersion(), moved, PlanningFixtures.COORDINATOR);
        assertThat(read(id)).as("another lead, coordinators changed").doesNotContain(coordinates.getId())
                .contains(leads.getId(), joinsLater.getId());

        Task mistaken = tasks.get(written.getId(), PlanningFixtures.COORDINATOR);
        tasks.delete(mistaken.getId(), mistaken.getVersion(), PlanningFixtures.COORDINATOR);
        fixtures.issue(draft);
        assertThat(read(id)).as("a draft issued, without the task deleted from it").contains(drafted.getId())
                .doesNotContain(removed.getId());

        Plan issued = plans.get(plan.getId(), PlanningFixtures.COORDINATOR);
        plans.close(issued.getId(), issued.getVersion(), PlanningFixtures.COORDINATOR);
        assertThat(read(id)).as("closed after the period started: still counts").contains(leads.getId());

        // A day no other test's period takes, before the plans were issued.
        LocalDate before = ReportingFixtures.freshDay(today);
        while (!before.isBefore(day.minusDays(10))) {
            before = ReportingFixtures.freshDay(today);
        }
        ReportingPeriod reread = periods.get(id);
        periods.update(id, reread.getVersion(), new PeriodCommand(PeriodKind.AD_HOC, day.getYear(), reread.getTitle(),
                before, before, day, null), PlanningFixtures.COORDINATOR);
        assertThat(read(id)).as("the period moved before the plans were issued")
                .doesNotContain(leads.getId(), coordinates.getId(), cancels.getId(), joinsLater.getId(), drafted.getId());
    }

    @Test
    void insideAReadOnlyTransactionTheSetsComeFromTheTasksAndNothingIsStored() {
        LocalDate day = ReportingFixtures.freshDay(today);
        Unit leads = data.department("Sở chỉ đọc bộ đếm");
        Unit joins = data.department("Sở thêm vào khi chỉ đọc");
        Plan plan = fixtures.draft(today.getYear(), day.minusDays(10));
        fixtures.addTask(plan, leads, Set.of(), today.plusDays(30));
        fixtures.issue(plan);
        ReportingPeriod period = periods.create(new PeriodCommand(PeriodKind.AD_HOC, day.getYear(),
                "Kỳ chỉ đọc " + TestData.unique("p"), day, day, day, null), PlanningFixtures.COORDINATOR);
        read(period.getId());
        fixtures.addTask(plan, joins, Set.of(), today.plusDays(30));

        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Set<Long> expected = readOnly.execute(status -> expectedUnits(period.getId()));

        assertThat(expected).contains(leads.getId(), joins.getId()).isEqualTo(activeOf(recount(period.getId())));
        assertThat(jdbc.sql("""
                        select count(*) from reporting_involved_period
                        where period_id = ? and version = (select version from reporting_involved_version)
                        """).param(period.getId()).query(Long.class).single())
                .as("the outdated set stays outdated").isZero();
        assertThat(read(period.getId())).contains(joins.getId());
    }

    /** The period's expected units as the pages read them, checked against a recount from the tasks. */
    private Set<Long> read(long periodId) {
        Set<Long> expected = expectedUnits(periodId);
        Set<Long> stored = new HashSet<>(jdbc.sql("""
                        select i.unit_id from reporting_involved_period m
                        join reporting_involved_unit i on i.period_id = m.period_id and i.version = m.version
                        where m.period_id = :id and m.version = (select version from reporting_involved_version)
                        """)
                .param("id", periodId).query(Long.class).list());
        Set<Long> recount = recount(periodId);
        assertThat(stored).as("the stored set, current").isEqualTo(recount);
        assertThat(expected).as("what the page reads").isEqualTo(activeOf(recount));
        return expected;
    }

    private Set<Long> expectedUnits(long periodId) {
        return queries.standings(periodId).stream()
                .filter(standing -> standing.status() != CellStatus.NOT_EXPECTED)
                .map(UnitStanding::unitId)
                .collect(Collectors.toSet());
    }

    private Set<Long> recount(long periodId) {
        return new HashSet<>(jdbc.sql("with periods as (select id, starts_on, ends_on from reporting_period where id = :id), "
                        + ActiveTaskSql.INVOLVED_UNITS + " select unit_id from involved")
                .param("id", periodId).param("zone", clock.getZone().getId()).query(Long.class).list());
    }

    private Set<Long> activeOf(Set<Long> units) {
        if (units.isEmpty()) {
            return units;
        }
        return new HashSet<>(jdbc.sql("select id from unit where active and id in (:ids)").param("ids", List.copyOf(units))
                .query(Long.class).list());
    }
}
