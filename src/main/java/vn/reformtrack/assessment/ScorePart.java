package vn.reformtrack.assessment;

import java.math.BigDecimal;

/**
 * Where a criterion's projected score comes from: appraised by Home Affairs, the unit's self-score (not yet
 * appraised), Home Affairs' estimate (survey criteria), or missing (nothing yet: it counts 0 and all its points are
 * open).
 */
public enum ScorePart {
    APPRAISED,
    SELF,
    ESTIMATED,
    MISSING;

    /** Where a criterion's projected score comes from, given how it is scored and what was entered. */
    public static ScorePart of(EntryMode entry, ItemStatus status, BigDecimal selfScore, BigDecimal estimate) {
        if (entry == EntryMode.ESTIMATE) {
            return estimate != null ? ESTIMATED : MISSING;
        }
        if (status == ItemStatus.APPRAISED) {
            return APPRAISED;
        }
        return selfScore != null ? SELF : MISSING;
    }

    /** The score this part counts: the appraised score, the self-score, the estimate, or null when missing. */
    public BigDecimal pick(BigDecimal selfScore, BigDecimal appraisedScore, BigDecimal estimate) {
        return switch (this) {
            case APPRAISED -> appraisedScore;
            case SELF -> selfScore;
            case ESTIMATED -> estimate;
            case MISSING -> null;
        };
    }

    public String badge() {
        return switch (this) {
            case APPRAISED -> "text-bg-success";
            case SELF -> "text-bg-info";
            case ESTIMATED -> "text-bg-secondary";
            case MISSING -> "text-bg-danger";
        };
    }
}
