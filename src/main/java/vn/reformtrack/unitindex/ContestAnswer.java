package vn.reformtrack.unitindex;

/** The council's answer to a unit's explanation: the score kept, or changed (with the reason either way). */
public enum ContestAnswer {
    KEPT,
    CHANGED
}
