package vn.reformtrack.planning;

/** What a line of a plan's history records. */
public enum PlanChangeKind {
    PLAN_ISSUED,
    PLAN_CLOSED,
    TARGET_ADDED,
    TARGET_CHANGED,
    TARGET_REMOVED,
    TASK_ADDED,
    TASK_CHANGED,
    TASK_CANCELLED,
    TASKS_IMPORTED,
    RESPONSIBLE_ASSIGNED,
    PROGRESS_RECORDED,
    DOCUMENT_ATTACHED
}
