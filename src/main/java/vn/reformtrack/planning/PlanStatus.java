package vn.reformtrack.planning;

/** A plan is drafted, then issued (signed: units see it), then closed (nothing changes any more). */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    CLOSED
}
