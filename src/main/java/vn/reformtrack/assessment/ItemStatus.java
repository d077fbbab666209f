package vn.reformtrack.assessment;

/**
 * Where one criterion of a round stands. A unit's criterion is a draft (possibly still empty) until the unit head
 * submits the unit's part; Home Affairs then appraises it (accepting the self-score or setting another with a reason)
 * or returns it with a comment, after which the unit corrects and submits it again. An estimated criterion is a draft
 * until Home Affairs enters its estimate.
 */
public enum ItemStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPRAISED,
    ESTIMATED;

    /** The responsible unit may still change its record. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /** Home Affairs may appraise it (again) or return it. */
    public boolean awaitsOrHasAppraisal() {
        return this == SUBMITTED || this == APPRAISED;
    }

    public String badge() {
        return switch (this) {
            case DRAFT -> "text-bg-light border";
            case SUBMITTED -> "text-bg-info";
            case RETURNED -> "text-bg-warning";
            case APPRAISED -> "text-bg-success";
            case ESTIMATED -> "text-bg-secondary";
        };
    }
}
