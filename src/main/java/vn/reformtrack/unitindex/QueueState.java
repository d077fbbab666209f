package vn.reformtrack.unitindex;

/**
 * Where a line stands for the council: its unit has not submitted yet (and may still); it waits for an appraisal; it
 * is appraised; its unit has explained it and waits for the answer.
 */
public enum QueueState {
    WAITING,
    TO_APPRAISE,
    APPRAISED,
    CONTESTED;

    public String badge() {
        return switch (this) {
            case WAITING -> "text-bg-light border";
            case TO_APPRAISE -> "text-bg-warning";
            case APPRAISED -> "text-bg-success";
            case CONTESTED -> "text-bg-danger";
        };
    }
}
