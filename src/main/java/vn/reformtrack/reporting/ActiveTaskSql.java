package vn.reformtrack.reporting;

/**
 * "The tasks active in a period" in SQL, over {@code task t join plan p} and a period {@code rp}, with {@code :zone}
 * bound: the same rule as planning's {@code PlanningQueries.tasksOfUnit}, written for statements that cover every unit
 * at once (the grid, the consolidated report). {@code CompletenessGridTest} keeps the grid in step with it.
 */
final class ActiveTaskSql {

    static final String CONDITION = """
            p.status in ('ISSUED', 'CLOSED') and p.issue_date <= rp.ends_on
            and (p.closed_at is null or (p.closed_at at time zone :zone)::date >= rp.starts_on)
            and (t.completed_on is null or t.completed_on >= rp.starts_on)
            and (t.cancelled_at is null or (t.cancelled_at at time zone :zone)::date >= rp.starts_on)
            """;

    /**
     * (period_id, unit_id) of every unit that leads or coordinates a task active in a period of {@code periods}: the
     * same rule as {@link #CONDITION}, computed per unit and plan instead of per task and period. A task's own part of
     * the rule is that it is neither done nor cancelled before the period starts, so a unit has an active task of a plan
     * in a period exactly when the latest day its tasks of that plan end on (done or cancelled; never, when open) falls
     * on or after the period's start; the plan's part is checked once per plan. Only the plans that may reach one of
     * the periods are read, and the tasks are grouped before they meet the periods.
     */
    static final String INVOLVED_UNITS = """
            reaching_plans as (
                select p.id, p.issue_date, (p.closed_at at time zone :zone)::date as closed_on
                from plan p
                where p.status in ('ISSUED', 'CLOSED') and p.issue_date <= (select max(ends_on) from periods)
                  and (p.closed_at is null or (p.closed_at at time zone :zone)::date >= (select min(starts_on) from periods))
            ),
            plan_tasks as (
                select t.id, t.plan_id, t.lead_unit_id,
                       coalesce(least(t.completed_on, (t.cancelled_at at time zone :zone)::date), 'infinity') as ends_on
                from task t where t.plan_id in (select id from reaching_plans)
            ),
            unit_plans as (
                select lead_unit_id as unit_id, plan_id, max(ends_on) as ends_on from plan_tasks group by 1, 2
                union all
                select c.unit_id, pt.plan_id, max(pt.ends_on)
                from plan_tasks pt join task_coordinating_unit c on c.task_id = pt.id group by 1, 2
            ),
            involved as (
                select distinct rp.id as period_id, up.unit_id
                from periods rp
                join unit_plans up on up.ends_on >= rp.starts_on
                join reaching_plans p on p.id = up.plan_id and p.issue_date <= rp.ends_on
                                     and (p.closed_on is null or p.closed_on >= rp.starts_on)
            )""";

    private ActiveTaskSql() {}
}
