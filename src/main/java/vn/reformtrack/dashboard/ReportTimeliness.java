package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.KeptReads;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.reporting.ReportingSettings;

/**
 * Per unit, the periodic reports (báo cáo định kỳ) whose due date in a year had passed by a given day, and how each
 * went: submitted on time, late, or missing; in one SQL statement over the reporting tables (V40__reporting.sql).
 *
 * <p>A report is owed by the units the completeness grid expects in the period (reporting's setting: the active units
 * that lead or coordinate a task active in the period, or every active unit), and by any unit whose submission
 * stands there. On time and late are the standing submission's timeliness (a report returned for fixes keeps it);
 * no submission, or only a draft, is missing. {@code ReportTimelinessTest} keeps the expectation in step with the grid.
 */
@Component
// Read-write: a page may write the read model's slice of the day (DashboardSlices).
@Transactional
class ReportTimeliness {

    /** "Active in the period" as reporting judges it, over {@code periods rp}, {@code plan p} and {@code task t}. */
    private static final String ACTIVE_IN_PERIOD = """
            p.status in ('ISSUED', 'CLOSED') and p.issue_date <= rp.ends_on
            and (p.closed_at is null or (p.closed_at at time zone :zone)::date >= rp.starts_on)
            and (t.completed_on is null or t.completed_on >= rp.starts_on)
            and (t.cancelled_at is null or (t.cancelled_at at time zone :zone)::date >= rp.starts_on)""";

    /** Confined to {@code :scopeUnit} when {@code :unitScoped}: a unit's page reads its own tasks only. */
    private static final String WITH_TASKS = """
            expected as (
                select rp.id as period_id, t.lead_unit_id as unit_id
                from periods rp join plan p on p.issue_date <= rp.ends_on join task t on t.plan_id = p.id
                where %1$s and (not :unitScoped or t.lead_unit_id = :scopeUnit)
                union
                select rp.id, c.unit_id
                from periods rp join plan p on p.issue_date <= rp.ends_on join task t on t.plan_id = p.id
                join task_coordinating_unit c on c.task_id = t.id
                where %1$s and (not :unitScoped or c.unit_id = :scopeUnit)
            )""".formatted(ACTIVE_IN_PERIOD);

    private static final String ALL_ACTIVE = """
            expected as (select rp.id as period_id, u.id as unit_id from periods rp cross join unit u
                         where u.active and (not :unitScoped or u.id = :scopeUnit))""";

    /** The reads of the day's slices kept under their versions, like the progress model's (ProgressReadModel). */
    private record Read(int year, LocalDate asOf, DashboardScope scope) {}

    private final KeptReads<Read, Long, Map<Long, ReportCounts>> kept = new KeptReads<>(ProgressReadModel.KEPT);
    private final JdbcClient jdbc;
    private final ReportingQueries reporting;
    private final DashboardSlices slices;
    private final Clock clock;

    ReportTimeliness(JdbcClient jdbc, ReportingQueries reporting, DashboardSlices slices, Clock clock) {
        this.jdbc = jdbc;
        this.reporting = reporting;
        this.slices = slices;
        this.clock = clock;
    }

    /** Whether any report of the year was due before {@code asOf} (otherwise there is nothing to judge yet). */
    boolean anyDue(int year, LocalDate asOf) {
        return jdbc.sql("select exists (select 1 from reporting_period where year = :year and due_on < :asOf)")
                .param("year", year)
                .param("asOf", asOf)
                .query(Boolean.class)
                .single();
    }

    /**
     * Every unit that owed a report of the year due before {@code asOf}, in the scope, by unit id: from the read model
     * ({@code dashboard_timeliness}), written from the reporting tables on the first read of the day and dropped by
     * {@link ReadModelUpdates} when a report, a period, a task or a unit changes. A unit's row is the same counted
     * alone or with the province (what it owes depends on its own tasks only). The read is kept under the slice's
     * version.
     */
    Map<Long, ReportCounts> byUnit(int year, LocalDate asOf, DashboardScope scope) {
        boolean everyUnit = reporting.expectedUnits() == ReportingSettings.ExpectedUnits.ALL_ACTIVE;
        long version = slices.ensure(DashboardSlices.Model.TIMELINESS, year, asOf, everyUnit ? 1 : 0, () -> {
            slices.dropPastDays(DashboardSlices.Model.TIMELINESS, year);
            write(year, asOf, everyUnit);
        });
        // The slice's version is new whenever its rows or the units' names its read joins change (a dropped slice is
        // written again with a new one): given again while it is the same.
        return kept.get(new Read(year, asOf, scope), version, true, () -> read(year, asOf, everyUnit, scope));
    }

    private Map<Long, ReportCounts> read(int year, LocalDate asOf, boolean everyUnit, DashboardScope scope) {
        Map<Long, ReportCounts> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.unit_id, u.name, t.due, t.on_time, t.late, t.missing
                        from dashboard_timeliness t join unit u on u.id = t.unit_id
                        where t.year = :year and t.as_of = :asOf and t.every_unit = :everyUnit
                          and (not :unitScoped or t.unit_id = :scopeUnit)
                        order by t.unit_id
                        """)
                .param("year", year)
                .param("asOf", asOf)
                .param("everyUnit", everyUnit)
                .param("unitScoped", scope.isUnit())
                .param("scopeUnit", scope.parameter())
                .query(rs -> {
                    ReportCounts count = new ReportCounts(rs.getLong("unit_id"), rs.getString("name"), rs.getLong("due"),
                            rs.getLong("on_time"), rs.getLong("late"), rs.getLong("missing"));
                    counts.put(count.unitId(), count);
                });
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** The recount from the reporting and task tables, for the whole province, into the read model. */
    private void write(int year, LocalDate asOf, boolean everyUnit) {
        jdbc.sql("""
                        with periods as (
                            select id, starts_on, ends_on from reporting_period where year = :year and due_on < :asOf
                        ),
                        %s,
                        owed as (
                            select e.period_id, e.unit_id from expected e join unit u on u.id = e.unit_id where u.active
                            union
                            select r.period_id, r.unit_id from unit_report r
                            where r.period_id in (select id from periods) and r.timeliness is not null
                        )
                        insert into dashboard_timeliness (year, as_of, every_unit, unit_id, due, on_time, late, missing)
                        select :year, :asOf, :everyUnit, o.unit_id, count(*),
                               count(*) filter (where r.timeliness = 'ON_TIME'),
                               count(*) filter (where r.timeliness = 'LATE'),
                               count(*) filter (where r.timeliness is null)
                        from owed o left join unit_report r on r.period_id = o.period_id and r.unit_id = o.unit_id
                        group by o.unit_id
                        """.formatted(everyUnit ? ALL_ACTIVE : WITH_TASKS))
                .param("year", year)
                .param("asOf", asOf)
                .param("everyUnit", everyUnit)
                .param("zone", clock.getZone().getId())
                .param("unitScoped", false)
                .param("scopeUnit", -1L)
                .update();
    }
}
