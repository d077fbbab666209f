package vn.reformtrack.dashboard;

/**
 * A task's status on a given day ({@code :asOf}), in SQL over {@code task t}: planning's {@code TaskStatus.derive} with
 * the completion and the cancellation counted only once they had happened by that day. For today it gives exactly
 * what the task lists show; for a past period's end a task finished later reads as in progress or overdue, as it was.
 * (Progress percentages are not kept per day: a task open on that day and not yet due reads by its progress today.)
 */
final class TaskStatusAsOf {

    static final String EXPRESSION = """
            case when t.cancelled_at is not null and (t.cancelled_at at time zone :zone)::date <= :asOf then 'CANCELLED'
                 when t.completed_on is not null and t.completed_on <= :asOf
                      then case when t.completed_on > t.due_date then 'DONE_LATE' else 'DONE_ON_TIME' end
                 when t.due_date < :asOf then 'OVERDUE'
                 when t.progress_percent > 0 then 'IN_PROGRESS'
                 else 'NOT_STARTED' end""";

    /**
     * The tasks of a year's issued plans that were issued by {@code :asOf}, with their status then, as {@code scoped}
     * (id, plan_id, lead_unit_id, status), those that meet {@code condition} on {@code task t}.
     */
    static String scopedTasks(String condition) {
        return """
                scoped as (
                    select t.id, t.plan_id, t.lead_unit_id, %s as status
                    from task t join plan p on p.id = t.plan_id
                    where p.year = :year and p.status in ('ISSUED', 'CLOSED') and p.issue_date <= :asOf and %s
                )""".formatted(EXPRESSION, condition);
    }

    private TaskStatusAsOf() {}
}
