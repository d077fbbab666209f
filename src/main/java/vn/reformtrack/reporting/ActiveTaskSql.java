package vn.reformtrack.reporting;

/**
 * "The tasks active in a period" in SQL, over {@code task t join plan p} and a period {@code rp}, with {@code :zone}
 * bound: the same rule as planning's {@code PlanningQueries.tasksOfUnit}, written for statements that cover every unit
 * at once (the grid, the consolidated report). {@code ActiveTaskSqlTest} keeps the two in step.
 */
final class ActiveTaskSql {

    static final String CONDITION = """
            p.status in ('ISSUED', 'CLOSED') and p.issue_date <= rp.ends_on
            and (p.closed_at is null or (p.closed_at at time zone :zone)::date >= rp.starts_on)
            and (t.completed_on is null or t.completed_on >= rp.starts_on)
            and (t.cancelled_at is null or (t.cancelled_at at time zone :zone)::date >= rp.starts_on)
            """;

    /** (period_id, unit_id) of every unit that leads or coordinates a task active in a period of {@code periods}. */
    static final String INVOLVED_UNITS = """
            involved as (
                select rp.id as period_id, t.lead_unit_id as unit_id
                from periods rp join task t on true join plan p on p.id = t.plan_id
                where %1$s
                union
                select rp.id, c.unit_id
                from periods rp join task t on true join plan p on p.id = t.plan_id
                join task_coordinating_unit c on c.task_id = t.id
                where %1$s
            )""".formatted(CONDITION);

    private ActiveTaskSql() {}
}
