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
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ConsolidatedFigures.AreaProgress;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitNarrative;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitResult;

/**
 * The consolidated report's figures in a fixed number of statements whatever the number of units and tasks: the
 * period's active tasks with their lead unit's accepted entry, the accepted reports per unit with their narratives,
 * the units' standings, and the criteria's areas from the index catalog (two statements, plus one tree per
 * methodology version involved).
 */
@Component
@Transactional(readOnly = true)
class ConsolidationQueries {

    private static final String UNIT_ORDER =
            "array_position(array['PROVINCE_PC', 'DEPARTMENT', 'SECTOR_AGENCY', 'COMMUNE', 'OTHER'], u.type::text)";

    private final JdbcClient jdbc;
    private final IndexCatalog catalog;
    private final ReportingQueries reporting;
    private final Clock clock;

    ConsolidationQueries(JdbcClient jdbc, IndexCatalog catalog, ReportingQueries reporting, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** A task active in the period, with what its lead unit's accepted report says of it (null when none). */
    private record TaskLine(long id, LocalDate dueDate, boolean cancelled, Integer progress, LocalDate completedOn,
            boolean reported, List<Long> criterionIds) {}

    ConsolidatedFigures figures(PeriodSummary period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.endsOn().isBefore(today) ? period.endsOn() : today;
        List<TaskLine> tasks = tasks(period.id());

        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, 0L);
        }
        long notReported = 0;
        long progressSum = 0;
        long reported = 0;
        Map<Long, TaskStatus> statusOf = new HashMap<>();
        for (TaskLine task : tasks) {
            if (!task.reported()) {
                notReported++;
                continue;
            }
            TaskStatus status = TaskStatus.derive(task.dueDate(), task.progress(), task.completedOn(), task.cancelled(),
                    asOf);
            statusOf.put(task.id(), status);
            byStatus.merge(status, 1L, Long::sum);
            progressSum += task.progress();
            reported++;
        }
        List<UnitStanding> standings = reporting.standings(period.id());
        return new ConsolidatedFigures(period, ReportingQueries.count(period, standings, today), byStatus, reported, notReported,
                reported == 0 ? 0 : (int) Math.round((double) progressSum / reported),
                areas(tasks, statusOf), units(period.id()), listed(standings, true), listed(standings, false),
                narratives(period.id()));
    }

    private List<TaskLine> tasks(long periodId) {
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
                .query((rs, i) -> new TaskLine(rs.getLong("id"), rs.getObject("due_date", LocalDate.class),
                        rs.getBoolean("cancelled"), rs.getObject("progress_percent", Integer.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getBoolean("reported"),
                        ids(rs.getArray("criterion_ids"))))
                .list();
    }

    /** Per (framework, area) of the reported tasks' criteria: tasks, done, average progress; catalog order. */
    private List<AreaProgress> areas(List<TaskLine> tasks, Map<Long, TaskStatus> statusOf) {
        Set<Long> criterionIds = new HashSet<>();
        tasks.stream().filter(TaskLine::reported).forEach(task -> criterionIds.addAll(task.criterionIds()));
        Map<Long, CriterionSummary> criteria = catalog.criteria(criterionIds);
        Map<Long, Map<String, CriterionSummary>> areasByVersion = new HashMap<>();
        criteria.values().stream().map(CriterionSummary::versionId).distinct().forEach(version ->
                areasByVersion.put(version, areasOf(version)));

        record Key(long versionId, String areaCode) {}
        Map<Key, long[]> sums = new LinkedHashMap<>();
        for (TaskLine task : tasks) {
            if (!task.reported()) {
                continue;
            }
            Set<Key> keys = new HashSet<>();
            task.criterionIds().stream().map(criteria::get).filter(c -> c != null && c.areaCode() != null)
                    .forEach(c -> keys.add(new Key(c.versionId(), c.areaCode())));
            TaskStatus status = statusOf.get(task.id());
            boolean done = status == TaskStatus.DONE_ON_TIME || status == TaskStatus.DONE_LATE;
            for (Key key : keys) {
                long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
                sum[0]++;
                sum[1] += done ? 1 : 0;
                sum[2] += task.progress();
            }
        }
        Map<String, String> frameworkLabels = new HashMap<>();
        if (!sums.isEmpty()) {
            catalog.frameworks().forEach(f -> frameworkLabels.put(f.code(), shortName(f.nameVi(), f.code())));
        }
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

    /** "Chỉ số cải cách hành chính cấp tỉnh (PAR Index)" is "PAR Index"; a name without brackets is its code. */
    static String shortName(String name, String code) {
        int open = name == null ? -1 : name.lastIndexOf('(');
        return open >= 0 && name.endsWith(")") ? name.substring(open + 1, name.length() - 1) : code;
    }

    private Map<String, CriterionSummary> areasOf(long versionId) {
        Map<String, CriterionSummary> areas = new HashMap<>();
        catalog.tree(versionId).stream().filter(c -> c.depth() == 0).forEach(c -> areas.put(c.code(), c));
        return areas;
    }

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
                        order by %s, u.name collate "vi-x-icu", r.unit_id
                        """.formatted(UNIT_ORDER))
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
                        order by %s, u.name collate "vi-x-icu", r.unit_id
                        """.formatted(UNIT_ORDER))
                .param("period", periodId)
                .query((rs, i) -> new UnitNarrative(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getString("general_assessment"), rs.getString("difficulties"), rs.getString("proposals")))
                .list();
    }

    /** The units that sent late ({@code late}), or that still owe the report (missing, draft, returned). */
    private static List<ListedUnit> listed(List<UnitStanding> standings, boolean late) {
        return standings.stream()
                .filter(s -> late ? s.status().isDelivered() && s.timeliness() == Timeliness.LATE : s.status().isOwed())
                .map(s -> new ListedUnit(s.unitId(), s.unitName(), s.status(), s.timeliness()))
                .toList();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
