package vn.reformtrack.reporting;

/**
 * A unit's standing in a period as the completeness grid shows it. Before the due date a unit that has not submitted
 * is {@code NOT_STARTED} (no report yet) or {@code DRAFT}; after it, {@code MISSING}. A returned report stays
 * {@code RETURNED} until it is sent again. {@code NOT_EXPECTED}: the unit has no task in the period (and the setting
 * does not ask every active unit).
 */
public enum CellStatus {
    NOT_EXPECTED,
    NOT_STARTED,
    DRAFT,
    MISSING,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    ACCEPTED;

    static CellStatus of(boolean expected, ReportStatus report, boolean duePassed) {
        if (report == null || report == ReportStatus.DRAFT) {
            if (!expected && report == null) {
                return NOT_EXPECTED;
            }
            if (duePassed) {
                return MISSING;
            }
            return report == null ? NOT_STARTED : DRAFT;
        }
        return switch (report) {
            case SUBMITTED -> SUBMITTED;
            case UNDER_REVIEW -> UNDER_REVIEW;
            case RETURNED -> RETURNED;
            case ACCEPTED -> ACCEPTED;
            case DRAFT -> throw new IllegalStateException();
        };
    }

    /** Home Affairs has the report (waiting, in review, or accepted). */
    public boolean isDelivered() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == ACCEPTED;
    }

    /** The unit still owes a report: not sent (before or after the due date) or sent back for fixes. */
    public boolean isOwed() {
        return this == NOT_STARTED || this == DRAFT || this == MISSING || this == RETURNED;
    }

    public String badge() {
        return switch (this) {
            case NOT_EXPECTED -> "text-bg-light";
            case NOT_STARTED, DRAFT -> "text-bg-secondary";
            case MISSING -> "text-bg-danger";
            case SUBMITTED -> "text-bg-primary";
            case UNDER_REVIEW -> "text-bg-info";
            case RETURNED -> "text-bg-warning";
            case ACCEPTED -> "text-bg-success";
        };
    }
}
