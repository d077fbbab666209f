package vn.reformtrack.assessment;

/** What a line of a round's history records. */
public enum AssessmentChangeKind {
    ROUND_OPENED,
    ROUND_STARTED,
    DEADLINE_CHANGED,
    ROUND_CLOSED,
    ASSIGNED,
    RECORDED,
    CONTRIBUTED,
    SUBMITTED,
    ACCEPTED,
    ADJUSTED,
    RETURNED,
    ESTIMATED
}
