package vn.reformtrack.unitindex;

/**
 * How a criterion of a unit-index set counts: scored by the unit and appraised by the council, taken from the
 * sociological survey, a bonus line (innovations) or a deduction line (late reports, reprimands). Bonus and deduction
 * lines are kept apart from the index's points, each pool with its own limit.
 */
public enum CriterionPart {
    SELF_SCORED,
    SURVEY,
    BONUS,
    DEDUCTION;

    /** Self-scored and survey criteria make the points and the reachable maximum of the index. */
    public boolean isRegular() {
        return this == SELF_SCORED || this == SURVEY;
    }

    /** Bonus and deduction lines, capped by their pool's limit. */
    public boolean isPooled() {
        return this == BONUS || this == DEDUCTION;
    }

    /** What the unit itself records (the survey part comes from the survey). */
    public boolean isRecordedByUnit() {
        return this != SURVEY;
    }

    public String badge() {
        return switch (this) {
            case SELF_SCORED -> "text-bg-light border";
            case SURVEY -> "text-bg-info";
            case BONUS -> "text-bg-success";
            case DEDUCTION -> "text-bg-danger";
        };
    }
}
