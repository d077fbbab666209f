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

    /** The phase of a round in {@code status} on {@code today}. */
    public static RoundPhase of(IndexRoundStatus status, java.time.LocalDate selfAssessmentDeadline,
            java.time.LocalDate explanationFrom, java.time.LocalDate explanationTo, java.time.LocalDate today) {
        return switch (status) {
            case OPEN -> today.isAfter(selfAssessmentDeadline) ? APPRAISAL : SELF_ASSESSMENT;
            case PRELIMINARY -> today.isBefore(explanationFrom) ? PRELIMINARY
                    : today.isAfter(explanationTo) ? LOCKED : EXPLANATION;
            case PUBLISHED -> PUBLISHED;
        };
    }

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
