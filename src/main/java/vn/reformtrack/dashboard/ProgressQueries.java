package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.TaskStatus;

/**
 * Task progress of a year's issued plans on a given day: per lead unit, per plan, per index and per index area from
 * the read model ({@link ProgressReadModel}); one unit's tasks from the task tables. Each method is one statement
 * whatever the number of tasks.
 */
@Component
// Read-write: a page may write the read model's slice of the day (DashboardSlices).
@Transactional
class ProgressQueries {

    private final JdbcClient jdbc;
    private final ProgressReadModel readModel;
    private final Clock clock;

    ProgressQueries(JdbcClient jdbc, ProgressReadModel readModel, Clock clock) {
        this.jdbc = jdbc;
        this.readModel = readModel;
        this.clock = clock;
    }

    /** Every unit that leads a task of the year, most overdue first (from the read model). */
    List<UnitProgress> byUnit(int year, LocalDate asOf, DashboardScope scope) {
        return readModel.byUnit(year, asOf, scope);
    }

    /** All units' tasks together, how many units lead tasks, and the first {@code first} units of {@link #byUnit}. */
    ProgressReadModel.UnitTotals unitTotals(int year, LocalDate asOf, DashboardScope scope, int first) {
        return readModel.totals(year, asOf, scope, first);
    }

    /**
     * Per area of an index: the tasks serving any criterion below it, found by walking each task's criteria up to
     * their top-level ancestor. Tasks without criteria are in no area. (From the read model.)
     */
    List<AreaProgress> byArea(int year, LocalDate asOf, DashboardScope scope) {
        return readModel.byArea(year, asOf, scope);
    }

    /** Per national or internal index (upper-case code): the tasks serving any of its criteria, each counted once. */
    java.util.Map<String, TaskCounts> byFramework(int year, LocalDate asOf, DashboardScope scope) {
        return readModel.byFramework(year, asOf, scope);
    }

    /** The tasks a unit leads in the year's issued plans: overdue first, then open ones, then by deadline. */
    List<TaskLine> unitTasks(long unitId, int year, LocalDate asOf) {
        return jdbc.sql("""
                        select t.id, t.title, t.plan_id, coalesce(p.document_number, p.title) as plan_number,
                               t.deadline_kind, t.due_date, t.progress_percent, t.completed_on, %s as status
                        from task t join plan p on p.id = t.plan_id
                        where p.year = :year and p.status in ('ISSUED', 'CLOSED') and p.issue_date <= :asOf
                          and t.lead_unit_id = :unit
                        order by case %s when 'OVERDUE' then 0 when 'IN_PROGRESS' then 1 when 'NOT_STARTED' then 2
                                 when 'DONE_LATE' then 3 when 'DONE_ON_TIME' then 4 else 5 end, t.due_date, t.id
                        """.formatted(TaskStatusAsOf.EXPRESSION, TaskStatusAsOf.EXPRESSION))
                .param("year", year)
                .param("asOf", asOf)
                .param("zone", clock.getZone().getId())
                .param("unit", unitId)
                .query((rs, i) -> new TaskLine(rs.getLong("id"), rs.getString("title"), rs.getLong("plan_id"),
                        rs.getString("plan_number"), DeadlineKind.valueOf(rs.getString("deadline_kind")),
                        rs.getObject("due_date", LocalDate.class), rs.getInt("progress_percent"),
                        rs.getObject("completed_on", LocalDate.class), TaskStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Per plan of the year (issued or closed, in the order they were issued), its tasks by status (from the read model). */
    List<PlanProgress> byPlan(int year, LocalDate asOf, DashboardScope scope) {
        return readModel.byPlan(year, asOf, scope);
    }

    /** Years that have an issued plan, newest first. */
    List<Integer> planYears() {
        return jdbc.sql("select distinct year from plan where status in ('ISSUED', 'CLOSED') order by year desc")
                .query(Integer.class)
                .list();
    }
}
