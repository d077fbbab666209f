package vn.reformtrack.unitindex;

/** A unit's sheet: being filled in by its staff, or submitted by its head (nothing of it changes any more). */
public enum SheetStatus {
    DRAFT,
    SUBMITTED
}
