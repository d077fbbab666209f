package vn.reformtrack.unitindex;

/** What a score may name as evidence beside files: one of the unit's periodic reports or tasks of the year. */
public enum ReferenceKind {
    REPORT,
    TASK
}
