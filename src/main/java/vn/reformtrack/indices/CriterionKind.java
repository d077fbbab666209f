package vn.reformtrack.indices;

/** The level a criterion sits at, named as each framework names it. */
public enum CriterionKind {
    AREA,
    CRITERION,
    SUB_CRITERION,
    ELEMENT,
    DIMENSION,
    SUB_DIMENSION,
    SUB_INDEX
}
