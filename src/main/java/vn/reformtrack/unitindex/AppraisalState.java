package vn.reformtrack.unitindex;

/** The council's word on a line: none yet, the unit's score accepted, or another score set with a reason. */
public enum AppraisalState {
    PENDING,
    ACCEPTED,
    SET;

    public String badge() {
        return switch (this) {
            case PENDING -> "text-bg-light border";
            case ACCEPTED -> "text-bg-success";
            case SET -> "text-bg-warning";
        };
    }
}
