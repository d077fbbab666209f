package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.CriterionCommand;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskCommand;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ConsolidatedFigures.AreaProgress;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitNarrative;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitResult;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

/**
 * The consolidated figures, which the database now groups and counts, against a recount task by task and report by
 * report as they were computed before (every active task read with its lead unit's accepted entry, its status derived
 * in Java by {@link TaskStatus#derive}, its areas looked up one by one in the catalog): equal for every period of the
 * shared database, before and after a unit's report with a finished task is accepted — which shows on the next read,
 * as an area renamed in the catalog does (the catalog's trees are kept between reads, checked against its stamp).
 */
@IntegrationTest
class ConsolidatedFiguresTest {

    @Autowired ConsolidationQueries queries;
    @Autowired IndexCatalog catalog;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired UnitService unitService;
    @Autowired Settings settings;
    @Autowired ReportingQueries reporting;

    ReportingFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportingFixtures(data, new PlanningFixtures(plans, tasks, catalog), periods, reports, transactions);
        today = LocalDate.now(clock);
    }

    @Test
    void everyPeriodsFiguresEqualTheRecountBeforeAndAfterAReportWithAFinishedTaskIsAccepted() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = fixtures.filled(s, 40);
        Stored done = fixtures.entry(report.getId(), s.ledTask().getId());
        reports.saveEntry(report.getId(), done.id(), done.version(), new EntryCommand(100, EntryStatus.DONE,
                s.period().getStartsOn(), "Đã hoàn thành", null, null, Set.of()), s.staffUser());
        report = reports.submit(report.getId(), fixtures.report(report.getId()).getVersion(), s.headUser());
        report = reports.startReview(report.getId(), report.getVersion(), ReportingFixtures.COORDINATOR);

        everyPeriodRecounts();
        ConsolidatedFigures before = queries.figures(periods.get(s.period().getId()).summary());
        assertThat(before.tasksReported()).isZero();

        reports.accept(report.getId(), report.getVersion(), ReportingFixtures.COORDINATOR);

        ConsolidatedFigures after = queries.figures(periods.get(s.period().getId()).summary());
        assertThat(after.tasksReported()).isEqualTo(2);
        assertThat(after.tasksDone()).isEqualTo(1);
        assertThat(after.tasksNotReported()).isEqualTo(before.tasksNotReported() - 2);
        assertThat(after.units()).extracting(UnitResult::unitId).containsExactly(s.ours().getId());
        assertThat(after.units().get(0).done()).isEqualTo(1);
        everyPeriodRecounts();
    }

    /**
     * The figures are kept per period, the grid's cells per year and a period page's cells per period, between reads
     * (while their stamp holds): after every change the product allows to what they read, the next read equals a fresh
     * one (the figures also the recount); with no change, a read runs a statement for the stamp and none of the figures'
     * own (tasks with their criteria, reports with their entries).
     */
    @Test
    void keptFiguresGridAndPeriodPageEqualAFreshReadAfterEveryChangeToTasksReportsUnitsAndPeriods() {
        Scenario s = fixtures.scenario(today, 10, null);
        long period = s.period().getId();
        PlanningFixtures planning = new PlanningFixtures(plans, tasks, catalog);
        int year = s.period().getYear();
        Change change = (what, action) -> {
            queries.figures(periods.get(period).summary());
            reporting.grid(year, PlanningFixtures.COORDINATOR);
            reporting.periodPage(periods.get(period).summary(), GridFilter.none(), Pageable.unpaged());
            action.run();
            PeriodSummary summary = periods.get(period).summary();
            assertThat(queries.figures(summary)).as("figures after %s", what).isEqualTo(queries.figuresAfresh(summary));
            assertThat(reporting.grid(year, PlanningFixtures.COORDINATOR)).as("grid after %s", what)
                    .isEqualTo(reporting.gridAfresh(year));
            assertThat(reporting.periodPage(summary, GridFilter.none(), Pageable.unpaged()))
                    .as("the period's page after %s", what)
                    .isEqualTo(reporting.periodPageAfresh(summary, GridFilter.none(), Pageable.unpaged()));
        };

        queries.figures(periods.get(period).summary());
        StatementCounter.reset();
        ConsolidatedFigures kept = queries.figures(periods.get(period).summary());
        assertThat(StatementCounter.count()).as("a read with nothing changed: the period, the setting, the stamp and "
                + "the catalog's stamp and frameworks; it ran%n%s", StatementCounter.statements()).isLessThanOrEqualTo(5);
        assertThat(StatementCounter.statements()).doesNotContain("task_criterion", "report_entry");
        assertThat(kept).isEqualTo(queries.figuresAfresh(periods.get(period).summary()));
        assertThat(queries.figures(periods.get(period).summary())).as("nothing changed: the very same figures")
                .isSameAs(kept);
        reporting.grid(year, PlanningFixtures.COORDINATOR);
        StatementCounter.reset();
        reporting.grid(year, PlanningFixtures.COORDINATOR);
        assertThat(StatementCounter.statements()).as("the grid read again with nothing changed")
                .contains("unit_report").doesNotContain("full join reports");

        change.after("the report opened and an entry saved", () -> fixtures.filled(s, 40));
        long reportId = reports.openForUnit(period, s.staffUser()).getId();
        change.after("the report submitted", () -> reports.submit(reportId, fixtures.report(reportId).getVersion(),
                s.headUser()));
        change.after("the review started", () -> reports.startReview(reportId, fixtures.report(reportId).getVersion(),
                ReportingFixtures.COORDINATOR));
        change.after("the report returned", () -> reports.returnToUnit(reportId, fixtures.report(reportId).getVersion(),
                "Bổ sung kết quả", Map.of(), ReportingFixtures.COORDINATOR));
        change.after("the narrative rewritten", () -> reports.saveNarrative(reportId,
                fixtures.report(reportId).getVersion(), new NarrativeCommand("Đã bổ sung kết quả", "Thiếu kinh phí", null),
                s.staffUser()));
        change.after("the task finished in the report", () -> {
            Stored done = fixtures.entry(reportId, s.ledTask().getId());
            reports.saveEntry(reportId, done.id(), done.version(), new EntryCommand(100, EntryStatus.DONE,
                    s.period().getStartsOn(), "Đã hoàn thành", null, null, Set.of()), s.staffUser());
        });
        change.after("the report resubmitted and accepted", () -> {
            UnitReport report = reports.submit(reportId, fixtures.report(reportId).getVersion(), s.headUser());
            report = reports.startReview(reportId, report.getVersion(), ReportingFixtures.COORDINATOR);
            reports.accept(reportId, report.getVersion(), ReportingFixtures.COORDINATOR);
        });
        assertThat(queries.figures(periods.get(period).summary()).tasksDone()).isEqualTo(1);
        change.after("a task given other criteria", () -> {
            Task task = tasks.get(s.theirTask().getId(), PlanningFixtures.COORDINATOR);
            TaskCommand was = planning.task(today.getYear(), s.theirs(), Set.of(), task.getDueDate());
            tasks.update(task.getId(), task.getVersion(), new TaskCommand(task.getTitle(), was.description(),
                    was.expectedOutput(), Set.of(planning.parCriterion(today.getYear(), "2")), s.theirs().getId(), Set.of(),
                    null, was.deadlineKind(), was.dueDate(), was.priority()), PlanningFixtures.COORDINATOR);
        });
        change.after("a task cancelled", () -> tasks.cancel(s.coordinatedTask().getId(),
                tasks.get(s.coordinatedTask().getId(), PlanningFixtures.COORDINATOR).getVersion(), "Không còn phù hợp",
                PlanningFixtures.COORDINATOR));
        change.after("a unit renamed", () -> {
            Unit unit = unitService.get(s.theirs().getId());
            unitService.update(unit.getId(), unit.getVersion(), new UnitCommand(unit.getCode(), unit.getName() + " (mới)",
                    unit.getType(), unit.getParentId()));
        });
        change.after("the period rescheduled", () -> fixtures.reschedule(s.period(), today.minusDays(1), null));
        change.after("a period added to the year", () -> fixtures.period(ReportingFixtures.freshDay(today),
                today.plusDays(20), null));
        change.after("the expected units changed", () -> settings.set(ReportingSettings.EXPECTED_UNITS,
                ReportingSettings.ExpectedUnits.ALL_ACTIVE.name(), "test"));
        try {
            change.after("the plan closed", () -> plans.close(s.plan().getId(),
                    plans.get(s.plan().getId(), PlanningFixtures.COORDINATOR).getVersion(), PlanningFixtures.COORDINATOR));
        } finally {
            settings.set(ReportingSettings.EXPECTED_UNITS, ReportingSettings.ExpectedUnits.WITH_TASKS.name(), "test");
        }
        everyPeriodRecounts();
    }

    @FunctionalInterface
    private interface Change {
        void after(String what, Runnable action);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void anAreaRenamedInTheCatalogShowsUnderItsNewNameOnTheNextRead() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = fixtures.underReview(s, 40);
        reports.accept(report.getId(), report.getVersion(), ReportingFixtures.COORDINATOR);
        CriterionSummary area = catalog.criterion(new PlanningFixtures(plans, tasks, catalog).parCriterion(today.getYear(), "3"))
                .orElseThrow();
        assertThat(areaNames(s)).contains(area.code() + ". " + area.nameVi());

        rename(area, area.nameVi() + " (đổi tên)");
        try {
            assertThat(areaNames(s)).contains(area.code() + ". " + area.nameVi() + " (đổi tên)")
                    .doesNotContain(area.code() + ". " + area.nameVi());
        } finally {
            rename(area, area.nameVi());
        }
    }

    private List<String> areaNames(Scenario s) {
        return queries.figures(periods.get(s.period().getId()).summary()).areas().stream()
                .map(a -> a.areaCode() + ". " + a.areaName()).toList();
    }

    private void rename(CriterionSummary criterion, String nameVi) {
        criteriaEditor.update(criterion.id(), criteriaEditor.criterion(criterion.id()).getVersion(), new CriterionCommand(
                criterion.code(), nameVi, criterion.nameEn(), criterion.kind(), criterion.maxPoints(), criterion.scoreStep(),
                criterion.weightPercent(), criterion.assessment(), criterion.leadUnitId(), criterion.coordinatingUnitIds()));
    }

    private void everyPeriodRecounts() {
        List<Long> periodIds = jdbc.sql("select id from reporting_period order by id").query(Long.class).list();
        assertThat(periodIds).isNotEmpty();
        for (long periodId : periodIds) {
            PeriodSummary period = periods.get(periodId).summary();
            ConsolidatedFigures figures = queries.figures(period);
            Recount recount = recount(period);
            assertThat(figures.tasksByStatus()).as("period %d by status", periodId).isEqualTo(recount.byStatus());
            assertThat(figures.tasksReported()).as("period %d reported", periodId).isEqualTo(recount.reported());
            assertThat(figures.tasksNotReported()).as("period %d not reported", periodId).isEqualTo(recount.notReported());
            assertThat(figures.averageProgress()).as("period %d progress", periodId).isEqualTo(recount.averageProgress());
            assertThat(byArea(figures.areas())).as("period %d areas", periodId).isEqualTo(recount.areas());
            assertThat(figures.units()).as("period %d units", periodId).isEqualTo(units(periodId));
            assertThat(figures.narratives()).as("period %d narratives", periodId).isEqualTo(narratives(periodId));
        }
    }

    private record Line(long id, LocalDate dueDate, boolean cancelled, Integer progress, LocalDate completedOn,
            boolean reported, List<Long> criterionIds) {}

    private record Recount(Map<TaskStatus, Long> byStatus, long reported, long notReported, int averageProgress,
            Map<String, List<Long>> areas) {}

    /** Task by task, as the figures were computed before the database grouped them. */
    private Recount recount(PeriodSummary period) {
        LocalDate asOf = period.endsOn().isBefore(today) ? period.endsOn() : today;
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, 0L);
        }
        long reported = 0;
        long notReported = 0;
        long progress = 0;
        List<Line> lines = lines(period.id());
        Set<Long> criterionIds = new HashSet<>();
        lines.forEach(line -> criterionIds.addAll(line.criterionIds()));
        Map<Long, CriterionSummary> criteria = catalog.criteria(criterionIds);
        Map<String, String> frameworks = new HashMap<>();
        catalog.frameworks().forEach(f -> frameworks.put(f.code(), CriterionAreas.shortName(f.nameVi(), f.code())));
        Map<String, long[]> areas = new TreeMap<>();
        for (Line line : lines) {
            if (!line.reported()) {
                notReported++;
                continue;
            }
            TaskStatus status = TaskStatus.derive(line.dueDate(), line.progress(), line.completedOn(), line.cancelled(), asOf);
            byStatus.merge(status, 1L, Long::sum);
            reported++;
            progress += line.progress();
            Set<String> keys = new HashSet<>();
            line.criterionIds().stream().map(criteria::get).filter(c -> c != null && c.areaCode() != null)
                    .forEach(c -> keys.add(frameworks.get(c.frameworkCode()) + " " + c.areaCode() + " v" + c.versionId()));
            boolean done = status == TaskStatus.DONE_ON_TIME || status == TaskStatus.DONE_LATE;
            keys.forEach(key -> {
                long[] sum = areas.computeIfAbsent(key, k -> new long[3]);
                sum[0]++;
                sum[1] += done ? 1 : 0;
                sum[2] += line.progress();
            });
        }
        Map<String, List<Long>> byArea = new TreeMap<>();
        areas.forEach((key, sum) -> byArea.merge(key.substring(0, key.lastIndexOf(" v")),
                List.of(sum[0], sum[1], Math.round((double) sum[2] / sum[0])), (a, b) -> List.of(-1L)));
        return new Recount(byStatus, reported, notReported, reported == 0 ? 0 : (int) Math.round((double) progress / reported),
                byArea);
    }

    private static Map<String, List<Long>> byArea(List<AreaProgress> areas) {
        Map<String, List<Long>> byArea = new TreeMap<>();
        areas.forEach(area -> byArea.merge(area.framework() + " " + area.areaCode(),
                List.of(area.tasks(), area.done(), (long) area.averageProgress()), (a, b) -> List.of(-1L)));
        return byArea;
    }

    /** Every task active in the period with what its lead unit's accepted report says of it, one row each. */
    private List<Line> lines(long periodId) {
        return jdbc.sql("with periods as (select id, starts_on, ends_on from reporting_period where id = :period), "
                        + """
                        active as (select t.id, t.lead_unit_id, t.due_date, t.cancelled_at is not null as cancelled
                                   from periods rp join task t on true join plan p on p.id = t.plan_id
                                   where %s)
                        select a.id, a.due_date, a.cancelled, le.progress_percent, le.completed_on,
                               le.id is not null as reported,
                               array(select criterion_id from task_criterion tc where tc.task_id = a.id) as criterion_ids
                        from active a
                        left join (select e.id, e.task_id, r.unit_id, e.progress_percent, e.completed_on
                                   from report_entry e join unit_report r on r.id = e.report_id
                                   where r.period_id = :period and r.status = 'ACCEPTED' and e.role = 'LEAD'
                                     and e.progress_percent is not null) le
                               on le.task_id = a.id and le.unit_id = a.lead_unit_id
                        order by a.id
                        """.formatted(ActiveTaskSql.CONDITION))
                .param("period", periodId)
                .param("zone", clock.getZone().getId())
                .query((rs, i) -> new Line(rs.getLong("id"), rs.getObject("due_date", LocalDate.class),
                        rs.getBoolean("cancelled"), rs.getObject("progress_percent", Integer.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getBoolean("reported"),
                        ids(rs.getArray("criterion_ids"))))
                .list();
    }

    /** The accepted reports' entries counted by a join over all of them, grouped per report. */
    private List<UnitResult> units(long periodId) {
        return jdbc.sql("""
                        select r.unit_id, u.name, r.timeliness,
                               count(e.id) filter (where e.role = 'LEAD') as lead_tasks,
                               count(e.id) filter (where e.role = 'LEAD' and e.unit_status = 'DONE') as done,
                               coalesce(round(avg(e.progress_percent) filter (where e.role = 'LEAD')), 0) as progress,
                               count(e.id) filter (where e.role = 'COORDINATING') as coordinating
                        from unit_report r
                        join unit u on u.id = r.unit_id
                        left join report_entry e on e.report_id = r.id
                        where r.period_id = :period and r.status = 'ACCEPTED'
                        group by r.id, r.unit_id, u.name, u.type, r.timeliness
                        order by array_position(array['PROVINCE_PC', 'DEPARTMENT', 'SECTOR_AGENCY', 'COMMUNE', 'OTHER'],
                                                u.type::text), u.name collate "vi-x-icu", r.unit_id
                        """)
                .param("period", periodId)
                .query((rs, i) -> new UnitResult(rs.getLong("unit_id"), rs.getString("name"),
                        Timeliness.valueOf(rs.getString("timeliness")), rs.getLong("lead_tasks"), rs.getLong("done"),
                        rs.getInt("progress"), rs.getLong("coordinating")))
                .list();
    }

    private List<UnitNarrative> narratives(long periodId) {
        return jdbc.sql("""
                        select r.unit_id, u.name, r.general_assessment, r.difficulties, r.proposals
                        from unit_report r join unit u on u.id = r.unit_id
                        where r.period_id = :period and r.status = 'ACCEPTED'
                        order by array_position(array['PROVINCE_PC', 'DEPARTMENT', 'SECTOR_AGENCY', 'COMMUNE', 'OTHER'],
                                                u.type::text), u.name collate "vi-x-icu", r.unit_id
                        """)
                .param("period", periodId)
                .query((rs, i) -> new UnitNarrative(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getString("general_assessment"), rs.getString("difficulties"), rs.getString("proposals")))
                .list();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
