package vn.reformtrack.reporting;

/**
 * Where a unit's report stands. {@code DRAFT} → (the head submits) {@code SUBMITTED} → (the coordinator starts the
 * review) {@code UNDER_REVIEW} → {@code ACCEPTED}, or {@code RETURNED} to the unit, which fixes it and submits again.
 * A head may withdraw a submission until the review starts.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    ACCEPTED;

    /** The unit may change its report: before it is sent, and after it came back. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A submission stands: Home Affairs has it (waiting, in review or accepted). */
    public boolean isDelivered() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == ACCEPTED;
    }

    public String badge() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-primary";
            case UNDER_REVIEW -> "text-bg-info";
            case RETURNED -> "text-bg-warning";
            case ACCEPTED -> "text-bg-success";
        };
    }
}
