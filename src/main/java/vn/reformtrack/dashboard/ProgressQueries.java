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
 * Task progress of a year's issued plans on a given day, aggregated in SQL: per lead unit, per index area, per plan,
 * and one unit's tasks. Each method is one statement whatever the number of tasks.
 */
@Component
@Transactional(readOnly = true)
class ProgressQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProgressQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every unit that leads a task of the year, most overdue first. */
    List<UnitProgress> byUnit(int year, LocalDate asOf, DashboardScope scope) {
        return jdbc.sql("with " + TaskStatusAsOf.scopedTasks(scope) + """
                        select u.id, u.name, %s
                        from scoped s join unit u on u.id = s.lead_unit_id
                        group by u.id, u.name
                        order by count(*) filter (where s.status = 'OVERDUE') desc,
                                 count(*) filter (where s.status in ('NOT_STARTED', 'IN_PROGRESS')) desc,
                                 u.name collate "vi-x-icu"
                        """.formatted(TaskCounts.COLUMNS))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new UnitProgress(rs.getLong("id"), rs.getString("name"), TaskCounts.read(rs)))
                .list();
    }

    /**
     * Per area of an index: the tasks serving any criterion below it, found by walking each task's criteria up to
     * their top-level ancestor. Tasks without criteria are in no area.
     */
    List<AreaProgress> byArea(int year, LocalDate asOf, DashboardScope scope) {
        return jdbc.sql("with recursive " + TaskStatusAsOf.scopedTasks(scope) + """
                        , up(task_id, status, criterion_id, parent_id, depth) as (
                            select s.id, s.status, c.id, c.parent_id, 0
                            from scoped s join task_criterion tc on tc.task_id = s.id join criterion c on c.id = tc.criterion_id
                            union all
                            select up.task_id, up.status, c.id, c.parent_id, up.depth + 1
                            from up join criterion c on c.id = up.parent_id where up.depth < 30
                        ),
                        s as (select distinct task_id, status, criterion_id as area_id from up where parent_id is null)
                        select a.id, f.code as framework_code, a.code, a.name_vi, a.name_en, %s
                        from s join criterion a on a.id = s.area_id
                        join framework_version v on v.id = a.version_id
                        join index_framework f on f.id = v.framework_id
                        group by a.id, f.code, a.code, a.name_vi, a.name_en, a.position
                        order by f.code, a.position, a.code
                        """.formatted(TaskCounts.COLUMNS))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new AreaProgress(rs.getLong("id"), rs.getString("framework_code"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), TaskCounts.read(rs)))
                .list();
    }

    /** Per national or internal index (upper-case code): the tasks serving any of its criteria, each counted once. */
    java.util.Map<String, TaskCounts> byFramework(int year, LocalDate asOf, DashboardScope scope) {
        java.util.Map<String, TaskCounts> counts = new java.util.HashMap<>();
        jdbc.sql("with " + TaskStatusAsOf.scopedTasks(scope) + """
                        , s as (
                            select distinct sc.id, sc.status, upper(f.code) as code
                            from scoped sc join task_criterion tc on tc.task_id = sc.id
                            join criterion c on c.id = tc.criterion_id
                            join framework_version v on v.id = c.version_id
                            join index_framework f on f.id = v.framework_id
                        )
                        select s.code, %s from s group by s.code
                        """.formatted(TaskCounts.COLUMNS))
                .params(parameters(year, asOf, scope))
                .query(rs -> {
                    counts.put(rs.getString("code"), TaskCounts.read(rs));
                });
        return counts;
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

    /** Per plan of the year (issued or closed, in the order they were issued), its tasks by status. */
    List<PlanProgress> byPlan(int year, LocalDate asOf, DashboardScope scope) {
        return jdbc.sql("with " + TaskStatusAsOf.scopedTasks(scope) + """
                        select p.id, p.document_number, p.title, p.status, p.issue_date, %s
                        from plan p left join scoped s on s.plan_id = p.id
                        where p.year = :year and p.status in ('ISSUED', 'CLOSED') and p.issue_date <= :asOf
                        group by p.id
                        order by p.issue_date, p.id
                        """.formatted(TaskCounts.COLUMNS))
                .params(parameters(year, asOf, scope))
                .query((rs, i) -> new PlanProgress(rs.getLong("id"), rs.getString("document_number"), rs.getString("title"),
                        rs.getString("status"), rs.getObject("issue_date", LocalDate.class), TaskCounts.read(rs)))
                .list();
    }

    /** Years that have an issued plan, newest first. */
    List<Integer> planYears() {
        return jdbc.sql("select distinct year from plan where status in ('ISSUED', 'CLOSED') order by year desc")
                .query(Integer.class)
                .list();
    }

    private java.util.Map<String, Object> parameters(int year, LocalDate asOf, DashboardScope scope) {
        return java.util.Map.of("year", year, "asOf", asOf, "zone", clock.getZone().getId(),
                "scopeUnit", scope.parameter());
    }
}
