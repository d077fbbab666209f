package vn.reformtrack.planning;

/**
 * {@link TaskStatus#derive} written in SQL over {@code task t}, with {@code :today} bound, for lists that filter and
 * show the status without loading tasks. Each status also has a condition of its own that the partial index on open
 * tasks can serve. The same rule, without the day, keeps the task list's stored counts: {@code task_status_state} in
 * V175 (a closed task's state; an open one's due date, split at {@code :today} by {@code TaskQueries.storedCounts}).
 * A change to the rule changes all three ({@code TaskQueriesTest} and {@code TaskStatusCountsTest} fail otherwise).
 */
final class TaskStatusSql {

    static final String OPEN = "t.cancelled_at is null and t.completed_on is null";

    static final String EXPRESSION = """
            case when t.cancelled_at is not null then 'CANCELLED'
                 when t.completed_on is not null
                      then case when t.completed_on > t.due_date then 'DONE_LATE' else 'DONE_ON_TIME' end
                 when t.due_date < :today then 'OVERDUE'
                 when t.progress_percent > 0 then 'IN_PROGRESS'
                 else 'NOT_STARTED' end""";

    private TaskStatusSql() {}

    static String condition(TaskStatus status) {
        return switch (status) {
            case CANCELLED -> "t.cancelled_at is not null";
            case DONE_ON_TIME -> "t.cancelled_at is null and t.completed_on <= t.due_date";
            case DONE_LATE -> "t.cancelled_at is null and t.completed_on > t.due_date";
            case OVERDUE -> OPEN + " and t.due_date < :today";
            case IN_PROGRESS -> OPEN + " and t.due_date >= :today and t.progress_percent > 0";
            case NOT_STARTED -> OPEN + " and t.due_date >= :today and t.progress_percent = 0";
        };
    }
}
