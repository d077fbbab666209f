package vn.reformtrack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The dashboards' read model never disagrees with a recount from the source tables: after each change the product
 * allows (a task added, moved to another unit, finished, cancelled; a plan issued and closed; a report submitted,
 * accepted with its progress; a period rescheduled; a unit deactivated) what the dashboards read equals what they read
 * once every slice is dropped and written again from the tables.
 */
@IntegrationTest
class DashboardReadModelTest {

    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TaskProgressRecorder progressRecorder;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired UnitService units;
    @Autowired IndexCatalog catalog;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ProgressQueries progress;
    @Autowired ReportTimeliness timeliness;
    @Autowired ProvinceOverview overview;
    @Autowired AnnualDashboard annual;
    @Autowired ProgressReadModel readModel;
    @Autowired Clock clock;

    PlanningFixtures planning;
    ReportingFixtures reporting;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        planning = new PlanningFixtures(plans, tasks, catalog);
        reporting = new ReportingFixtures(data, planning, periods, reports, transactions);
        today = LocalDate.now(clock);
    }

    /** Everything the dashboards read for the year today and at the end of the first quarter, province and unit. */
    private record Figures(List<UnitProgress> byUnit, Map<String, TaskCounts> byFramework, List<AreaProgress> byArea,
            Map<Long, ReportCounts> timeliness, List<UnitProgress> unitScope, Overview overview, List<PlanProgress> byPlan,
            List<PlanProgress> unitPlans) {}

    private Figures read(long unitId) {
        int year = today.getYear();
        DashboardScope unit = new DashboardScope(unitId);
        return new TransactionTemplate(transactions).execute(tx -> new Figures(
                progress.byUnit(year, today, DashboardScope.PROVINCE),
                progress.byFramework(year, today, DashboardScope.PROVINCE),
                progress.byArea(year, today, DashboardScope.PROVINCE),
                timeliness.byUnit(year, today, DashboardScope.PROVINCE),
                progress.byUnit(year, ProgressPeriod.Q1.asOf(year, today), unit),
                overview.overview(PlanningFixtures.COORDINATOR),
                progress.byPlan(year, today, DashboardScope.PROVINCE),
                progress.byPlan(year, today, unit)));
    }

    /** Reads through the read model (writing missing slices), then again after dropping every slice: the recount. */
    private void assertReadModelEqualsRecount(long unitId) {
        Figures kept = read(unitId);
        jdbc.sql("delete from dashboard_progress").update();
        jdbc.sql("delete from dashboard_timeliness").update();
        jdbc.sql("delete from dashboard_compliance").update();
        jdbc.sql("delete from dashboard_slice").update();
        Figures recounted = read(unitId);
        assertThat(kept.byUnit()).isEqualTo(recounted.byUnit());
        assertThat(kept.byFramework()).isEqualTo(recounted.byFramework());
        assertThat(kept.byArea()).isEqualTo(recounted.byArea());
        assertThat(kept.timeliness()).isEqualTo(recounted.timeliness());
        assertThat(kept.unitScope()).isEqualTo(recounted.unitScope());
        assertThat(kept.overview().reporting()).isEqualTo(recounted.overview().reporting());
        assertThat(kept.overview().tasks()).isEqualTo(recounted.overview().tasks());
        assertThat(kept.byPlan()).isEqualTo(recounted.byPlan());
        assertThat(kept.unitPlans()).isEqualTo(recounted.unitPlans());
        assertOverviewAgreesWithUnits(kept);
        assertOverviewAgreesWithUnits(recounted);
    }

    /**
     * The overview's totals, unit count and units behind are byUnit's, summed and cut in SQL; the plans' tasks, each in
     * one plan and led by one unit, are the units' tasks.
     */
    private static void assertOverviewAgreesWithUnits(Figures figures) {
        List<UnitProgress> units = figures.byUnit();
        assertThat(figures.byPlan().stream().map(PlanProgress::counts).reduce(TaskCounts.NONE, TaskCounts::plus))
                .isEqualTo(units.stream().map(UnitProgress::counts).reduce(TaskCounts.NONE, TaskCounts::plus));
        assertThat(figures.overview().tasks())
                .isEqualTo(units.stream().map(UnitProgress::counts).reduce(TaskCounts.NONE, TaskCounts::plus));
        assertThat(figures.overview().unitsWithTasks()).isEqualTo(units.size());
        assertThat(figures.overview().behind()).isEqualTo(units.stream().filter(u -> u.counts().overdue() > 0)
                .limit(ProvinceOverview.BEHIND).toList());
    }

    private TaskCounts countsOf(long unitId) {
        return read(unitId).byUnit().stream().filter(u -> u.unitId() == unitId).map(UnitProgress::counts).findFirst()
                .orElse(TaskCounts.NONE);
    }

    /** The plan's tasks that the unit leads, as the annual view shows them to that unit. */
    private TaskCounts planCounts(long planId, long unitId) {
        return read(unitId).unitPlans().stream().filter(p -> p.planId() == planId).map(PlanProgress::counts).findFirst()
                .orElseThrow();
    }

    /**
     * The areas' read is kept with the slice's version and the catalogue's stamp: given again as the same list while
     * neither moves, and a renamed area shows on the next read (the catalogue's writers move its stamp, not the slice's).
     */
    @Test
    void theAreasAreKeptUntilTheCatalogueRenamesOne() {
        int year = today.getYear();
        List<AreaProgress> first = inTransaction(() -> progress.byArea(year, today, DashboardScope.PROVINCE));
        assertThat(first).as("areas with tasks in the test data").isNotEmpty();
        assertThat(inTransaction(() -> progress.byArea(year, today, DashboardScope.PROVINCE))).isSameAs(first);

        AreaProgress area = first.get(0);
        rename(area.areaId(), area.nameVi() + " (mới)");
        try {
            List<AreaProgress> renamed = inTransaction(() -> progress.byArea(year, today, DashboardScope.PROVINCE));
            assertThat(renamed).filteredOn(a -> a.areaId() == area.areaId()).singleElement()
                    .extracting(AreaProgress::nameVi).isEqualTo(area.nameVi() + " (mới)");
            assertThat(renamed).extracting(AreaProgress::counts)
                    .isEqualTo(first.stream().map(AreaProgress::counts).toList());
        } finally {
            rename(area.areaId(), area.nameVi());
        }
    }

    private void rename(long criterionId, String name) {
        jdbc.sql("update criterion set name_vi = :name where id = :id").param("name", name).param("id", criterionId)
                .update();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> read) {
        return new TransactionTemplate(transactions).execute(tx -> read.get());
    }

    @Test
    void tasksAddedMovedFinishedAndCancelledShowOnTheNextRead() {
        Unit ours = data.department("Sở Tài chính");
        Unit theirs = data.department("Sở Xây dựng");
        Plan plan = planning.draft(today.getYear(), today.minusDays(100));
        Task first = planning.addTask(plan, ours, Set.of(theirs.getId()), today.plusDays(20));
        Task second = planning.addTask(plan, ours, Set.of(), today.minusDays(1));
        read(ours.getId());
        planning.issue(plan);
        assertThat(countsOf(ours.getId())).isEqualTo(new TaskCounts(1, 0, 0, 0, 1, 0));
        assertThat(planCounts(plan.getId(), ours.getId())).isEqualTo(new TaskCounts(1, 0, 0, 0, 1, 0));
        assertReadModelEqualsRecount(ours.getId());

        Task third = planning.addTask(plans.get(plan.getId(), PlanningFixtures.COORDINATOR), theirs, Set.of(),
                today.plusDays(5));
        assertThat(countsOf(theirs.getId())).isEqualTo(new TaskCounts(1, 0, 0, 0, 0, 0));
        assertReadModelEqualsRecount(theirs.getId());

        Task moved = tasks.get(first.getId(), PlanningFixtures.COORDINATOR);
        tasks.update(moved.getId(), moved.getVersion(), planning.task(today.getYear(), theirs, Set.of(), today.plusDays(20)),
                PlanningFixtures.COORDINATOR);
        assertThat(countsOf(ours.getId())).isEqualTo(new TaskCounts(0, 0, 0, 0, 1, 0));
        assertThat(countsOf(theirs.getId())).isEqualTo(new TaskCounts(2, 0, 0, 0, 0, 0));
        assertThat(planCounts(plan.getId(), theirs.getId())).isEqualTo(new TaskCounts(2, 0, 0, 0, 0, 0));
        assertReadModelEqualsRecount(theirs.getId());

        progressRecorder.recordAcceptedProgress(second.getId(), ours.getId(), 100, today, "test-coordinator");
        assertThat(countsOf(ours.getId())).isEqualTo(new TaskCounts(0, 0, 0, 1, 0, 0));
        assertReadModelEqualsRecount(ours.getId());

        Task cancelled = tasks.get(third.getId(), PlanningFixtures.COORDINATOR);
        tasks.cancel(cancelled.getId(), cancelled.getVersion(), "Không còn cần thiết", PlanningFixtures.COORDINATOR);
        assertThat(countsOf(theirs.getId())).isEqualTo(new TaskCounts(1, 0, 0, 0, 0, 1));
        assertReadModelEqualsRecount(theirs.getId());

        Plan issued = plans.get(plan.getId(), PlanningFixtures.COORDINATOR);
        plans.close(issued.getId(), issued.getVersion(), PlanningFixtures.COORDINATOR);
        assertReadModelEqualsRecount(ours.getId());
    }

    @Test
    void reportsSubmittedAndAcceptedAndPeriodsRescheduledShowOnTheNextRead() {
        ReportingFixtures.Scenario scenario = reporting.scenario(today, -1, null);
        long ours = scenario.ours().getId();
        read(ours);
        UnitReport report = reporting.filled(scenario, 60);
        assertReadModelEqualsRecount(ours);

        report = reports.submit(report.getId(), report.getVersion(), scenario.headUser());
        assertReadModelEqualsRecount(ours);
        report = reports.startReview(report.getId(), report.getVersion(), PlanningFixtures.COORDINATOR);
        reports.accept(report.getId(), report.getVersion(), PlanningFixtures.COORDINATOR);
        assertReadModelEqualsRecount(ours);

        reporting.reschedule(scenario.period(), today.minusDays(1), 3);
        assertReadModelEqualsRecount(ours);
    }

    @Test
    void aUnitDeactivatedNoLongerOwesReports() {
        ReportingFixtures.Scenario scenario = reporting.scenario(today, -1, null);
        Unit theirs = scenario.theirs();
        assertThat(read(theirs.getId()).timeliness()).containsKey(theirs.getId());

        units.deactivate(theirs.getId(), units.get(theirs.getId()).getVersion());

        assertReadModelEqualsRecount(theirs.getId());
    }

    @Test
    void aTaskOfLastYearsOpenPlanFinishedEarlyNoLongerMakesItsUnitOweThisYearsReports() {
        Unit unit = data.department("Sở Ngoại vụ");
        int lastYear = today.getYear() - 1;
        Plan plan = planning.draft(lastYear, LocalDate.of(lastYear, 3, 1));
        Task task = planning.addTask(plan, unit, Set.of(), LocalDate.of(lastYear, 12, 31));
        planning.issue(plan);
        LocalDate day = ReportingFixtures.freshDay(today);
        reporting.period(day, day, null);
        long missing = read(unit.getId()).timeliness().get(unit.getId()).missing();

        progressRecorder.recordAcceptedProgress(task.getId(), unit.getId(), 100, day.minusDays(1), "test-coordinator");

        assertThat(read(unit.getId()).timeliness().get(unit.getId()).missing())
                .as("done before the one-day period of this year began: that report is no longer owed")
                .isLessThan(missing);
        assertReadModelEqualsRecount(unit.getId());
    }

    @Test
    void theAnnualViewWritesTheSliceOfAYearNobodyHasReadYet() {
        Unit unit = data.department("Sở Công Thương");
        int year = today.getYear() - 7;
        Plan plan = planning.draft(year, LocalDate.of(year, 2, 1));
        planning.addTask(plan, unit, Set.of(), LocalDate.of(year, 6, 30));
        planning.issue(plan);
        jdbc.sql("delete from dashboard_progress").update();
        jdbc.sql("delete from dashboard_slice").update();

        AnnualReport report = annual.report(year, PlanningFixtures.COORDINATOR);

        assertThat(report.plans()).filteredOn(p -> p.plan().planId() == plan.getId())
                .extracting(p -> p.plan().counts()).containsExactly(new TaskCounts(0, 0, 0, 0, 1, 0));
    }

    @Test
    void aReadWithNothingChangedIsGivenAgainAndAUnitRenamedShowsOnTheNextRead() {
        Unit unit = data.department("Sở Giáo dục và Đào tạo");
        Plan plan = planning.draft(today.getYear(), today.minusDays(30));
        planning.addTask(plan, unit, Set.of(), today.plusDays(30));
        planning.issue(plan);
        Figures first = read(unit.getId());
        Figures again = read(unit.getId());
        assertThat(again.byUnit()).as("nothing changed: the kept read").isSameAs(first.byUnit());
        assertThat(again.timeliness()).as("nothing changed: the kept read").isSameAs(first.timeliness());

        Unit before = units.get(unit.getId());
        units.update(unit.getId(), before.getVersion(), new UnitCommand(before.getCode(), before.getName() + " (mới)",
                before.getType(), before.getParentId()));

        assertThat(read(unit.getId()).byUnit()).filteredOn(u -> u.unitId() == unit.getId())
                .extracting(UnitProgress::unitName).containsExactly(before.getName() + " (mới)");
        assertReadModelEqualsRecount(unit.getId());
    }

    /**
     * A transaction recounts a unit, reads the figures and rolls back; then a committed change elsewhere gives the slice
     * its next version. The rolled-back read was kept under a version nobody is ever given again: the unit shows its
     * committed tasks. (With a version counted up by one from the committed one, the change would reach the rolled-back
     * version's number and the undone read would be given as its read.)
     */
    @Test
    void aReadOfARecountThatRolledBackIsNeverGivenAgain() {
        Unit ours = data.department("Sở Khoa học và Công nghệ");
        Unit theirs = data.department("Sở Thông tin và Truyền thông");
        Plan plan = planning.draft(today.getYear(), today.minusDays(30));
        Task task = planning.addTask(plan, ours, Set.of(), today.plusDays(30));
        planning.issue(plan);
        assertThat(countsOf(ours.getId())).isEqualTo(new TaskCounts(1, 0, 0, 0, 0, 0));

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("update task set cancelled_at = now(), cancel_reason = 'Thử' where id = :id").param("id", task.getId())
                    .update();
            readModel.rewrite(today.getYear(), Set.of(ours.getId()));
            assertThat(readModel.byUnit(today.getYear(), today, DashboardScope.PROVINCE))
                    .filteredOn(u -> u.unitId() == ours.getId()).extracting(UnitProgress::counts)
                    .containsExactly(new TaskCounts(0, 0, 0, 0, 0, 1));
            tx.setRollbackOnly();
        });
        planning.addTask(plans.get(plan.getId(), PlanningFixtures.COORDINATOR), theirs, Set.of(), today.plusDays(5));

        assertThat(countsOf(ours.getId())).isEqualTo(new TaskCounts(1, 0, 0, 0, 0, 0));
        assertReadModelEqualsRecount(ours.getId());
    }
}
