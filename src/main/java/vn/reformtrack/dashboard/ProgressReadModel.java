package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.dashboard.DashboardSlices.Model;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.db.KeptReads;
import vn.reformtrack.shared.db.RowLimit;

/**
 * Task progress per lead unit on a day, in total, per plan, per index and per index area (table
 * {@code dashboard_progress}): written from the task tables for a whole slice or for some units (the statements below
 * are the recount), read by {@link ProgressQueries} with one indexed statement whatever the years of tasks behind it.
 *
 * <p>The reads per unit, plan and index (the home page's, the league's and the annual view's, on every view) are kept in
 * memory with the slice's version ({@link DashboardSlices#ensure}) and given again while the slice has it: every change
 * to the slice's rows ({@link #rewrite}) or to the units' names ({@link ReadModelUpdates}) gives it a new version; an
 * issued plan's header is fixed, and any change to it (its status, year, issue date) drops its years' slices, which
 * are written again with new versions; and a version is never given twice (a sequence), so a kept read is the read the
 * slice would give now. The areas' read joins the criteria's names, which the catalogue changes without the dashboards
 * hearing of it: it is kept with the catalogue's stamp too ({@link IndexCatalog#changeStamp}, moved in the writer's
 * transaction), read before the slice's version.
 */
@Component
class ProgressReadModel {

    /** The tasks of the slice, or of {@code :units} only when {@code :someUnits}. */
    private static final String SCOPED = TaskStatusAsOf.scopedTasks("(not :someUnits or t.lead_unit_id in (:units))");

    private static final String INSERT = """
            insert into dashboard_progress (year, as_of, unit_id, kind, framework_code, area_id, plan_id, not_started,
                                            in_progress, done_on_time, done_late, overdue, cancelled)
            """;

    /** Reads kept per slice, scope and length; a few hundred at most (a year's days read, the province and units). */
    static final int KEPT = 256;

    /** A read of a slice for a scope ({@code first}: how many units a list keeps, 0 for all). */
    private record Read(int year, LocalDate asOf, DashboardScope scope, int first) {}

    /** What the areas' read was made at: the slice's version and the catalogue's stamp. */
    private record AreasStamp(long slice, String catalogue) {}

    private final JdbcClient jdbc;
    private final DashboardSlices slices;
    private final Clock clock;
    private final KeptReads<Read, Long, List<UnitProgress>> keptUnits = new KeptReads<>(KEPT);
    private final KeptReads<Read, Long, UnitTotals> keptTotals = new KeptReads<>(KEPT);
    private final KeptReads<Read, Long, Map<String, TaskCounts>> keptFrameworks = new KeptReads<>(KEPT);
    private final KeptReads<Read, Long, List<PlanProgress>> keptPlans = new KeptReads<>(KEPT);
    private final KeptReads<Read, AreasStamp, List<AreaProgress>> keptAreas = new KeptReads<>(KEPT);
    private final IndexCatalog catalog;

    ProgressReadModel(JdbcClient jdbc, DashboardSlices slices, Clock clock, IndexCatalog catalog) {
        this.jdbc = jdbc;
        this.slices = slices;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** The slice of the year on {@code asOf}, written from the tasks if it was not there; its version. */
    long ensure(int year, LocalDate asOf) {
        return slices.ensure(Model.PROGRESS, year, asOf, 0, () -> {
            slices.dropPastDays(Model.PROGRESS, year);
            write(year, asOf, List.of());
        });
    }

    /** Recounts the units' rows of every slice of the year (a writer's change, under the year's lock). */
    void rewrite(int year, Collection<Long> units) {
        for (LocalDate asOf : slices.days(Model.PROGRESS, year)) {
            jdbc.sql("delete from dashboard_progress where year = :year and as_of = :asOf and unit_id in (:units)")
                    .param("year", year).param("asOf", asOf).param("units", units).update();
            write(year, asOf, units);
        }
        slices.touch(Model.PROGRESS, Set.of(year));
    }

    /** Counts the year's tasks on {@code asOf}, of all lead units ({@code units} empty) or of those units. */
    private void write(int year, LocalDate asOf, Collection<Long> units) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("asOf", asOf);
        params.put("zone", clock.getZone().getId());
        params.put("someUnits", !units.isEmpty());
        params.put("units", units.isEmpty() ? List.of(-1L) : units);
        // All its tasks (U) and those of each plan (P), in one pass over the tasks.
        jdbc.sql("with " + SCOPED + INSERT + """
                        select :year, :asOf, s.lead_unit_id, case when grouping(s.plan_id) = 1 then 'U' else 'P' end, '', 0,
                               coalesce(s.plan_id, 0), %s
                        from scoped s group by grouping sets ((s.lead_unit_id), (s.lead_unit_id, s.plan_id))
                        """.formatted(TaskCounts.COLUMNS)).params(params).update();
        jdbc.sql("with " + SCOPED + """
                        , s as (
                            select distinct sc.id, sc.lead_unit_id, sc.status, upper(f.code) as code
                            from scoped sc join task_criterion tc on tc.task_id = sc.id
                            join criterion c on c.id = tc.criterion_id
                            join framework_version v on v.id = c.version_id
                            join index_framework f on f.id = v.framework_id
                        )
                        """ + INSERT + """
                        select :year, :asOf, s.lead_unit_id, 'F', s.code, 0, 0, %s from s group by s.lead_unit_id, s.code
                        """.formatted(TaskCounts.COLUMNS)).params(params).update();
        // Each task's criteria walked up to their top-level ancestor, the area; a task without criteria is in none.
        jdbc.sql("with recursive " + SCOPED + """
                        , up(task_id, lead_unit_id, status, criterion_id, parent_id, depth) as (
                            select s.id, s.lead_unit_id, s.status, c.id, c.parent_id, 0
                            from scoped s join task_criterion tc on tc.task_id = s.id join criterion c on c.id = tc.criterion_id
                            union all
                            select up.task_id, up.lead_unit_id, up.status, c.id, c.parent_id, up.depth + 1
                            from up join criterion c on c.id = up.parent_id where up.depth < 30
                        ),
                        s as (select distinct task_id, lead_unit_id, status, criterion_id as area_id from up
                              where parent_id is null)
                        """ + INSERT + """
                        select :year, :asOf, s.lead_unit_id, 'A', '', s.area_id, 0, %s from s group by s.lead_unit_id, s.area_id
                        """.formatted(TaskCounts.COLUMNS)).params(params).update();
    }

    /**
     * The scope's stored rows of a kind summed per {@code key} (a column of the table), as the table {@code q}: column
     * {@code key} and the counts in the columns {@link TaskCounts#read} expects ({@link #COUNTS}). The sums come first
     * and names are joined to them (a few dozen rows), not grouped with the names over thousands of rows.
     */
    private static String summed(char kind, String key) {
        return """
                with q as (
                    select p.%s as key, sum(p.not_started) as not_started, sum(p.in_progress) as in_progress,
                           sum(p.done_on_time) as done_on_time, sum(p.done_late) as done_late, sum(p.overdue) as overdue,
                           sum(p.cancelled) as cancelled
                    from dashboard_progress p
                    where p.year = :year and p.as_of = :asOf and p.kind = '%s' and (:province or p.unit_id = :scopeUnit)
                    group by p.%s
                )
                """.formatted(key, kind, key);
    }

    /** The counts of {@link #summed}. */
    private static final String COUNTS = "q.not_started, q.in_progress, q.done_on_time, q.done_late, q.overdue, q.cancelled";

    /** The order of the units: most overdue first, then most still open, then by name. */
    private static final String UNIT_ORDER = "q.overdue desc, q.not_started + q.in_progress desc, u.name collate \"vi-x-icu\", u.id";

    /** Every unit that leads a task of the year, most overdue first. */
    List<UnitProgress> byUnit(int year, LocalDate asOf, DashboardScope scope) {
        return keptUnits.get(new Read(year, asOf, scope, 0), ensure(year, asOf), true, () -> List.copyOf(jdbc.sql(
                        summed('U', "unit_id") + """
                        select u.id, u.name, %s from q join unit u on u.id = q.key
                        order by %s
                        """.formatted(COUNTS, UNIT_ORDER))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new UnitProgress(rs.getLong("id"), rs.getString("name"), TaskCounts.read(rs)))
                .list()));
    }

    /**
     * Per plan of the year issued by {@code asOf} (in the order they were issued), its tasks by status: the plans from
     * their table, their counts summed over the scope's units' stored rows (a plan without tasks counts none).
     */
    List<PlanProgress> byPlan(int year, LocalDate asOf, DashboardScope scope) {
        return keptPlans.get(new Read(year, asOf, scope, 0), ensure(year, asOf), true, () -> List.copyOf(jdbc.sql(
                        summed('P', "plan_id") + """
                        select p.id, p.document_number, p.title, p.status, p.issue_date, %s
                        from plan p left join q on q.key = p.id
                        where p.year = :year and p.status in ('ISSUED', 'CLOSED') and p.issue_date <= :asOf
                        order by p.issue_date, p.id
                        """.formatted(COUNTS))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new PlanProgress(rs.getLong("id"), rs.getString("document_number"), rs.getString("title"),
                        rs.getString("status"), rs.getObject("issue_date", LocalDate.class), TaskCounts.read(rs)))
                .list()));
    }

    /**
     * What the overview needs of {@link #byUnit}: the tasks of all units together, how many units lead any, and the
     * first {@code first} units in the same order. The sums are taken over every unit before the list is cut, so a
     * page that shows five units reads five rows, not the province's three hundred.
     */
    UnitTotals totals(int year, LocalDate asOf, DashboardScope scope, int first) {
        return keptTotals.get(new Read(year, asOf, scope, first), ensure(year, asOf), true,
                () -> readTotals(year, asOf, scope, first));
    }

    private UnitTotals readTotals(int year, LocalDate asOf, DashboardScope scope, int first) {
        List<TotalsRow> rows = jdbc.sql(summed('U', "unit_id") + """
                        select u.id, u.name, %s, count(*) over () as units,
                               sum(q.not_started) over () as all_not_started, sum(q.in_progress) over () as all_in_progress,
                               sum(q.done_on_time) over () as all_done_on_time, sum(q.done_late) over () as all_done_late,
                               sum(q.overdue) over () as all_overdue, sum(q.cancelled) over () as all_cancelled
                        from q join unit u on u.id = q.key
                        order by %s
                        %s
                        """.formatted(COUNTS, UNIT_ORDER, RowLimit.of(first)))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new TotalsRow(new UnitProgress(rs.getLong("id"), rs.getString("name"),
                        TaskCounts.read(rs)), TaskCounts.read(rs, "all_"), rs.getInt("units")))
                .list();
        if (rows.isEmpty()) {
            return new UnitTotals(TaskCounts.NONE, 0, List.of());
        }
        return new UnitTotals(rows.get(0).total(), rows.get(0).units(), rows.stream().map(TotalsRow::unit).toList());
    }

    /** One of the first units, with the sums over all units that every row repeats. */
    private record TotalsRow(UnitProgress unit, TaskCounts total, int units) {}

    /** The tasks of all units together, how many units lead tasks, and the first units of {@link #byUnit}'s order. */
    record UnitTotals(TaskCounts total, int units, List<UnitProgress> first) {}

    /** Per index (upper-case code): the tasks serving any of its criteria, each counted once. */
    Map<String, TaskCounts> byFramework(int year, LocalDate asOf, DashboardScope scope) {
        return keptFrameworks.get(new Read(year, asOf, scope, 0), ensure(year, asOf), true, () -> {
            Map<String, TaskCounts> counts = new HashMap<>();
            jdbc.sql(summed('F', "framework_code") + "select q.key, " + COUNTS + " from q")
                    .params(parameters(year, asOf, scope))
                    .query(rs -> {
                        counts.put(rs.getString("key"), TaskCounts.read(rs));
                    });
            return Map.copyOf(counts);
        });
    }

    /**
     * Per area of an index, in the index's order. The stored rows (an area per unit: some 2,000 for the province) are
     * summed per area first and the areas' names joined to the sums (two dozen rows): grouped with the names, the
     * statement took 4 ms of PostgreSQL's time on the large data set, summed first 1.7 ms (0.9 ms under load, on every
     * view of the progress page): kept with the slice's version and the catalogue's stamp.
     */
    List<AreaProgress> byArea(int year, LocalDate asOf, DashboardScope scope) {
        String catalogue = catalog.changeStamp();
        AreasStamp stamp = new AreasStamp(ensure(year, asOf), catalogue);
        return keptAreas.get(new Read(year, asOf, scope, 0), stamp, true, () -> readAreas(year, asOf, scope));
    }

    private List<AreaProgress> readAreas(int year, LocalDate asOf, DashboardScope scope) {
        return List.copyOf(jdbc.sql(summed('A', "area_id") + """
                        select a.id, f.code as framework_code, a.code, a.name_vi, a.name_en, %s
                        from q join criterion a on a.id = q.key
                        join framework_version v on v.id = a.version_id
                        join index_framework f on f.id = v.framework_id
                        order by f.code, a.position, a.code
                        """.formatted(COUNTS))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new AreaProgress(rs.getLong("id"), rs.getString("framework_code"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), TaskCounts.read(rs)))
                .list());
    }

    private static Map<String, Object> parameters(int year, LocalDate asOf, DashboardScope scope) {
        return Map.of("year", year, "asOf", asOf, "province", !scope.isUnit(), "scopeUnit", scope.parameter());
    }
}
