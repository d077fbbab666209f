package vn.reformtrack.reporting;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ConsolidatedFigures.AreaProgress;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitNarrative;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitResult;
import vn.reformtrack.shared.db.KeptReads;

/**
 * The consolidated report's figures in a fixed number of statements whatever the number of units and tasks: the
 * period's active tasks with their lead unit's accepted entry, grouped in the database by status and criteria; the
 * accepted reports in figures and words; the units' standings; and the criteria's areas and the frameworks' names
 * from the index catalog ({@link CriterionAreas}: the catalog's stamp and frameworks while it has not changed).
 *
 * <p>What those statements read is kept per period with the stamp it was read at ({@link ReportsStamp}, with the day
 * and the setting), and given again while a first, small statement finds the same stamp: any change to the period's
 * tasks, plans, criteria links, units or reports moves it (in the writer's transaction), so a finished task or an
 * accepted report shows on the next read.
 */
@Component
@Transactional // not read-only: the units' standings may store the period's involved units (InvolvedUnits)
class ConsolidationQueries {

    private static final String UNIT_ORDER =
            "array_position(array['PROVINCE_PC', 'DEPARTMENT', 'SECTOR_AGENCY', 'COMMUNE', 'OTHER'], u.type::text)";

    /** Periods whose reads are kept: a province reads the consolidated report of a handful of periods at a time. */
    private static final int KEPT_PERIODS = 16;

    private final JdbcClient jdbc;
    private final CriterionAreas criterionAreas;
    private final ReportingQueries reporting;
    private final Clock clock;
    private final ReportsStamp stamps;
    private final KeptReads<Long, Stamp, ConsolidatedFigures> kept = new KeptReads<>(KEPT_PERIODS);

    ConsolidationQueries(JdbcClient jdbc, CriterionAreas criterionAreas, ReportingQueries reporting, Clock clock,
            ReportsStamp stamps) {
        this.jdbc = jdbc;
        this.criterionAreas = criterionAreas;
        this.reporting = reporting;
        this.clock = clock;
        this.stamps = stamps;
    }

    /**
     * The tasks active in the period that share a status (null: their lead unit's report is not accepted) and a set of
     * criteria (empty when not reported), with their number and their summed progress.
     */
    private record TaskGroup(TaskStatus status, List<Long> criterionIds, long tasks, long progress) {

        boolean reported() {
            return status != null;
        }

        boolean done() {
            return status == TaskStatus.DONE_ON_TIME || status == TaskStatus.DONE_LATE;
        }
    }

    /**
     * What the figures were made at: the period as it is, the day, the expected units' setting, the reports' stamp and
     * the catalogue's (the areas' names and the indices' short names).
     */
    private record Stamp(PeriodSummary period, LocalDate today, ReportingSettings.ExpectedUnits expected,
            ReportsStamp.Stamp reports, String catalog) {}

    /** What the figures' statements returned, as of a stamp. */
    private record Read(List<TaskGroup> groups, List<UnitStanding> standings, AcceptedReports accepted) {}

    /**
     * The figures, kept per period with their stamp and given again, the same object, while it holds (the page's
     * rendering of them is then found by the object itself).
     */
    ConsolidatedFigures figures(PeriodSummary period) {
        LocalDate today = LocalDate.now(clock);
        CriterionAreas.Catalog catalog = criterionAreas.current();
        Stamp stamp = stamp(period, today, catalog);
        return kept.get(period.id(), stamp, stamp.reports().keepable(),
                () -> figures(period, today, read(period, stamp), catalog));
    }

    /** The figures read afresh, without keeping them (for the tests that compare a kept read with a fresh one). */
    ConsolidatedFigures figuresAfresh(PeriodSummary period) {
        LocalDate today = LocalDate.now(clock);
        CriterionAreas.Catalog catalog = criterionAreas.current();
        return figures(period, today, read(period, stamp(period, today, catalog)), catalog);
    }

    private Stamp stamp(PeriodSummary period, LocalDate today, CriterionAreas.Catalog catalog) {
        return new Stamp(period, today, reporting.expectedUnits(), stamps.ofPeriod(period.id()),
                catalog.stamp());
    }

    private Read read(PeriodSummary period, Stamp stamp) {
        LocalDate asOf = period.endsOn().isBefore(stamp.today()) ? period.endsOn() : stamp.today();
        return new Read(taskGroups(period.id(), asOf), reporting.standings(period, stamp.expected()),
                acceptedReports(period.id()));
    }

    private ConsolidatedFigures figures(PeriodSummary period, LocalDate today, Read read,
            CriterionAreas.Catalog catalog) {
        List<TaskGroup> groups = read.groups();

        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, 0L);
        }
        long notReported = 0;
        long progressSum = 0;
        long reported = 0;
        for (TaskGroup group : groups) {
            if (!group.reported()) {
                notReported += group.tasks();
                continue;
            }
            byStatus.merge(group.status(), group.tasks(), Long::sum);
            progressSum += group.progress();
            reported += group.tasks();
        }
        List<UnitStanding> standings = read.standings();
        AcceptedReports accepted = read.accepted();
        return new ConsolidatedFigures(period, ReportingQueries.count(period, standings, today), byStatus, reported, notReported,
                reported == 0 ? 0 : (int) Math.round((double) progressSum / reported),
                areas(groups, catalog), accepted.units(), listed(standings, true), listed(standings, false),
                accepted.narratives());
    }

    /**
     * The period's active tasks grouped in the database, each task with the status its lead unit's accepted entry gives
     * it as of {@code asOf} ({@link TaskStatus#derive} in SQL; {@code ConsolidatedFiguresTest} recounts it in Java). The
     * lead entries are read from the period's accepted reports, not task by task; groups come in the order of their
     * first task, as the tasks were read before they were grouped, so that areas tied in the catalog keep their order.
     */
    private List<TaskGroup> taskGroups(long periodId, LocalDate asOf) {
        return jdbc.sql("with periods as (select id, starts_on, ends_on from reporting_period where id = :period), "
                        + """
                        active as (select t.id, t.lead_unit_id, t.due_date, t.cancelled_at is not null as cancelled
                                   from periods rp join task t on true join plan p on p.id = t.plan_id
                                   where %s),
                        lead_entries as (select e.task_id, r.unit_id, e.progress_percent, e.completed_on
                                         from unit_report r join report_entry e on e.report_id = r.id
                                         where r.period_id = :period and r.status = 'ACCEPTED' and e.role = 'LEAD'
                                           and e.progress_percent is not null),
                        lines as (select a.id, le.progress_percent as progress,
                                         case when le.task_id is null then null
                                              when a.cancelled then 'CANCELLED'
                                              when le.completed_on > a.due_date then 'DONE_LATE'
                                              when le.completed_on is not null then 'DONE_ON_TIME'
                                              when a.due_date < :asOf then 'OVERDUE'
                                              when le.progress_percent > 0 then 'IN_PROGRESS'
                                              else 'NOT_STARTED' end as status
                                  from active a
                                  left join lead_entries le on le.task_id = a.id and le.unit_id = a.lead_unit_id)
                        select status, criterion_ids, count(*) as tasks, coalesce(sum(progress), 0) as progress
                        from (select lines.*,
                                     case when status is not null then array(select tc.criterion_id from task_criterion tc
                                                                             where tc.task_id = lines.id
                                                                             order by tc.criterion_id) end as criterion_ids
                              from lines) grouped
                        group by status, criterion_ids
                        order by min(id)
                        """.formatted(ActiveTaskSql.CONDITION))
                .param("period", periodId)
                .param("asOf", asOf)
                .param("zone", clock.getZone().getId())
                .query((rs, i) -> {
                    String status = rs.getString("status");
                    return new TaskGroup(status == null ? null : TaskStatus.valueOf(status), ids(rs.getArray("criterion_ids")),
                            rs.getLong("tasks"), rs.getLong("progress"));
                })
                .list();
    }

    /** Per (framework, area) of the reported tasks' criteria: tasks, done, average progress; catalog order. */
    private List<AreaProgress> areas(List<TaskGroup> groups, CriterionAreas.Catalog catalog) {
        Set<Long> criterionIds = new HashSet<>();
        groups.stream().filter(TaskGroup::reported).forEach(group -> criterionIds.addAll(group.criterionIds()));
        Map<Long, CriterionSummary> criteria = catalog.criteria(criterionIds);
        Map<Long, Map<String, CriterionSummary>> areasByVersion = new HashMap<>();
        criteria.values().stream().map(CriterionSummary::versionId).distinct().forEach(version ->
                areasByVersion.put(version, catalog.areasOf(version)));

        record Key(long versionId, String areaCode) {}
        Map<Key, long[]> sums = new LinkedHashMap<>();
        for (TaskGroup group : groups) {
            if (!group.reported()) {
                continue;
            }
            Set<Key> keys = new HashSet<>();
            group.criterionIds().stream().map(criteria::get).filter(c -> c != null && c.areaCode() != null)
                    .forEach(c -> keys.add(new Key(c.versionId(), c.areaCode())));
            for (Key key : keys) {
                long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
                sum[0] += group.tasks();
                sum[1] += group.done() ? group.tasks() : 0;
                sum[2] += group.progress();
            }
        }
        Map<String, String> frameworkLabels = catalog.frameworkLabels();
        List<AreaProgress> areas = new ArrayList<>();
        sums.forEach((key, sum) -> {
            CriterionSummary area = areasByVersion.getOrDefault(key.versionId(), Map.of()).get(key.areaCode());
            String framework = area != null ? area.frameworkCode()
                    : criteria.values().stream().filter(c -> c.versionId() == key.versionId()).findFirst()
                            .map(CriterionSummary::frameworkCode).orElse("");
            areas.add(new AreaProgress(frameworkLabels.getOrDefault(framework, framework), key.areaCode(), area == null ? key.areaCode() : area.nameVi(), sum[0],
                    sum[1], (int) Math.round((double) sum[2] / sum[0])));
        });
        Map<String, Integer> positions = new HashMap<>();
        areasByVersion.values().forEach(byCode -> byCode.values().forEach(area -> positions.put(
                frameworkLabels.getOrDefault(area.frameworkCode(), area.frameworkCode()) + " " + area.code(),
                area.position())));
        areas.sort(Comparator.comparing(AreaProgress::framework)
                .thenComparing(area -> positions.getOrDefault(area.framework() + " " + area.areaCode(), 0))
                .thenComparing(AreaProgress::areaCode));
        return areas;
    }

    /** The accepted reports of a period in figures and in their own words, in the grid's order. */
    private record AcceptedReports(List<UnitResult> units, List<UnitNarrative> narratives) {}

    /**
     * One row per accepted report, its entries counted report by report (each report's own entries, read from the
     * index on report_entry rather than by a pass over every entry of every period).
     */
    private AcceptedReports acceptedReports(long periodId) {
        List<UnitResult> units = new ArrayList<>();
        List<UnitNarrative> narratives = new ArrayList<>();
        jdbc.sql("""
                        select r.unit_id, u.name, r.timeliness, e.lead_tasks, e.done, e.progress, e.coordinating,
                               r.general_assessment, r.difficulties, r.proposals
                        from unit_report r
                        join unit u on u.id = r.unit_id
                        cross join lateral (
                            select count(*) filter (where e.role = 'LEAD') as lead_tasks,
                                   count(*) filter (where e.role = 'LEAD' and e.unit_status = 'DONE') as done,
                                   coalesce(round(avg(e.progress_percent) filter (where e.role = 'LEAD')), 0) as progress,
                                   count(*) filter (where e.role = 'COORDINATING') as coordinating
                            from report_entry e where e.report_id = r.id) e
                        where r.period_id = :period and r.status = 'ACCEPTED'
                        order by %s, u.name collate "vi-x-icu", r.unit_id
                        """.formatted(UNIT_ORDER))
                .param("period", periodId)
                .query(rs -> {
                    long unitId = rs.getLong("unit_id");
                    String name = rs.getString("name");
                    units.add(new UnitResult(unitId, name, Timeliness.valueOf(rs.getString("timeliness")),
                            rs.getLong("lead_tasks"), rs.getLong("done"), rs.getInt("progress"), rs.getLong("coordinating")));
                    narratives.add(new UnitNarrative(unitId, name, rs.getString("general_assessment"),
                            rs.getString("difficulties"), rs.getString("proposals")));
                });
        return new AcceptedReports(units, narratives);
    }

    /** The units that sent late ({@code late}), or that still owe the report (missing, draft, returned). */
    private static List<ListedUnit> listed(List<UnitStanding> standings, boolean late) {
        return standings.stream()
                .filter(s -> late ? s.status().isDelivered() && s.timeliness() == Timeliness.LATE : s.status().isOwed())
                .map(s -> new ListedUnit(s.unitId(), s.unitName(), s.status(), s.timeliness()))
                .toList();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
