package vn.reformtrack.planning;

import java.time.LocalDate;

/**
 * Where a task stands. Never typed by anyone: it follows from the deadline, today, the progress and completion date
 * that accepted reports carried, and a coordinator's cancellation ({@link #derive}). The task lists compute the same
 * thing in SQL ({@code TaskStatusSql}); a test keeps the two in step.
 */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE_ON_TIME,
    DONE_LATE,
    OVERDUE,
    CANCELLED;

    /**
     * @param dueDate     the last day the task may be finished on (for recurring and all-year tasks, the last day of
     *                    the plan's year)
     * @param progress    the percentage the lead unit's last accepted report gave
     * @param completedOn the day the lead unit finished it, or null
     * @param cancelled   whether a coordinator cancelled it
     * @param today       today in the province's time zone
     */
    public static TaskStatus derive(LocalDate dueDate, int progress, LocalDate completedOn, boolean cancelled,
            LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        if (completedOn != null) {
            return completedOn.isAfter(dueDate) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return progress > 0 ? IN_PROGRESS : NOT_STARTED;
    }

    /** Still to be done: not finished and not cancelled. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == OVERDUE;
    }

    /** The Bootstrap colour of its badge. */
    public String badge() {
        return switch (this) {
            case NOT_STARTED -> "text-bg-secondary";
            case IN_PROGRESS -> "text-bg-primary";
            case DONE_ON_TIME -> "text-bg-success";
            case DONE_LATE -> "text-bg-warning";
            case OVERDUE -> "text-bg-danger";
            case CANCELLED -> "text-bg-light border";
        };
    }
}
