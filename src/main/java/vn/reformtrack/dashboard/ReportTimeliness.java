package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.reporting.ReportEvent;
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
@Transactional(readOnly = true)
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

    private record Key(int year, LocalDate asOf, boolean everyUnit) {}

    private final JdbcClient jdbc;
    private final ReportingQueries reporting;
    private final Clock clock;
    private final ShortCache<Key, Map<Long, ReportCounts>> province = new ShortCache<>();

    ReportTimeliness(JdbcClient jdbc, ReportingQueries reporting, Clock clock) {
        this.jdbc = jdbc;
        this.reporting = reporting;
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
     * Every unit that owed a report of the year due before {@code asOf}, in the scope, by unit id. The whole province's
     * figures are shared for a short while (see {@link ShortCache}); a unit's are read each time, from its own tasks.
     */
    Map<Long, ReportCounts> byUnit(int year, LocalDate asOf, DashboardScope scope) {
        boolean everyUnit = reporting.expectedUnits() == ReportingSettings.ExpectedUnits.ALL_ACTIVE;
        if (scope.isUnit()) {
            return read(year, asOf, everyUnit, scope);
        }
        return province.get(new Key(year, asOf, everyUnit), () -> read(year, asOf, everyUnit, scope));
    }

    /** A submission, withdrawal, review or reopening changes the figures: the next page reads them anew. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void reportChanged(ReportEvent event) {
        province.clear();
    }

    private Map<Long, ReportCounts> read(int year, LocalDate asOf, boolean everyUnit, DashboardScope scope) {
        Map<Long, ReportCounts> counts = new LinkedHashMap<>();
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
                              and (not :unitScoped or r.unit_id = :scopeUnit)
                        )
                        select o.unit_id, u.name, count(*) as due,
                               count(*) filter (where r.timeliness = 'ON_TIME') as on_time,
                               count(*) filter (where r.timeliness = 'LATE') as late,
                               count(*) filter (where r.timeliness is null) as missing
                        from owed o join unit u on u.id = o.unit_id
                        left join unit_report r on r.period_id = o.period_id and r.unit_id = o.unit_id
                        group by o.unit_id, u.name
                        order by o.unit_id
                        """.formatted(everyUnit ? ALL_ACTIVE : WITH_TASKS))
                .param("year", year)
                .param("asOf", asOf)
                .param("zone", clock.getZone().getId())
                .param("unitScoped", scope.isUnit())
                .param("scopeUnit", scope.parameter())
                .query(rs -> {
                    ReportCounts count = new ReportCounts(rs.getLong("unit_id"), rs.getString("name"), rs.getLong("due"),
                            rs.getLong("on_time"), rs.getLong("late"), rs.getLong("missing"));
                    counts.put(count.unitId(), count);
                });
        return java.util.Collections.unmodifiableMap(counts);
    }
}
