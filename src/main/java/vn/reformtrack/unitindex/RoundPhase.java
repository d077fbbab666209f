package vn.reformtrack.unitindex;

/**
 * What a round allows today, from its status and its timetable: self-assessment up to the deadline, then appraisal;
 * after the preliminary results, the wait for the explanation window, the window itself, then locked scores until
 * the results are published.
 */
public enum RoundPhase {
    SELF_ASSESSMENT,
    APPRAISAL,
    PRELIMINARY,
    EXPLANATION,
    LOCKED,
    PUBLISHED;

    public String badge() {
        return switch (this) {
            case SELF_ASSESSMENT -> "text-bg-primary";
            case APPRAISAL -> "text-bg-info";
            case PRELIMINARY, EXPLANATION -> "text-bg-warning";
            case LOCKED -> "text-bg-secondary";
            case PUBLISHED -> "text-bg-success";
        };
    }
}
