package vn.reformtrack.reporting;

/** A line of a report's history. */
public enum TransitionKind {
    CREATED,
    SUBMITTED,
    RESUBMITTED,
    WITHDRAWN,
    REVIEW_STARTED,
    RETURNED,
    ACCEPTED,
    REOPENED
}
