package vn.reformtrack.planning;

/** What {@link TaskProgressRecorder#recordAcceptedProgress} did with a report's progress. */
public enum ProgressRecording {
    /** The task now shows the reported progress (and completion date). */
    APPLIED,
    /** The task already showed exactly this. */
    UNCHANGED,
    /** The reporting unit coordinates the task: its report is its own contribution; the task follows its lead unit. */
    NOT_LEAD_UNIT,
    /** The task was cancelled: nothing more is recorded on it. */
    TASK_CANCELLED,
    /** The plan is still a draft: its tasks are not the units' yet. */
    PLAN_NOT_ISSUED,
    /** The plan is closed: its tasks are final. */
    PLAN_CLOSED;

    public boolean moved() {
        return this == APPLIED;
    }
}
