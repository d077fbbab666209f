package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A line of a council member's queue: the unit, the criterion with its maximum, the unit's score and how much backs
 * it, last year's appraised score of the same criterion for the unit, the appraisal so far, and any explanation.
 */
public record QueueRow(long scoreId, long lockVersion, long unitId, String unitName, long groupId, String groupName,
        long criterionId, String code, String nameVi, String nameEn, long areaId, String areaCode, CriterionPart part,
        BigDecimal maxPoints, BigDecimal selfScore, AppraisalState appraisal, BigDecimal appraisedScore,
        int evidenceCount, BigDecimal previousScore, QueueState state, Long contestId, ContestAnswer contestAnswer) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** Appraised at another score than the unit's. */
    public boolean changed() {
        return appraisal == AppraisalState.SET;
    }
}
