package vn.reformtrack.planning;

/** Whether a target was reached, once the plan year's results are published. */
public enum TargetOutcome {
    MET,
    NOT_MET,
    NOT_YET_KNOWN;

    public String badge() {
        return switch (this) {
            case MET -> "text-bg-success";
            case NOT_MET -> "text-bg-danger";
            case NOT_YET_KNOWN -> "text-bg-secondary";
        };
    }
}
