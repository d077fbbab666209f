package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A line of a unit's sheet as its page lists it: the criterion, whether it applies (and why not), the unit's score and
 * how much backs it, the council's appraisal (shown to the unit from the preliminary results on), the survey's part,
 * and any explanation raised.
 */
public record SheetLine(long scoreId, long lockVersion, long criterionId, String code, String nameVi, String nameEn,
        long areaId, CriterionPart part, BigDecimal maxPoints, boolean applicable, String notApplicableReason,
        BigDecimal selfScore, boolean hasMethod, boolean hasNoEvidenceReason, int evidenceCount,
        AppraisalState appraisal, BigDecimal appraisedScore, BigDecimal surveyValue, Integer surveySample,
        BigDecimal surveyPoints, Long contestId, ContestAnswer contestAnswer) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** Scored above zero with neither evidence nor a reason: the head cannot submit the sheet so. */
    public boolean lacksEvidence() {
        return applicable && (part == CriterionPart.SELF_SCORED || part == CriterionPart.BONUS) && selfScore != null
                && selfScore.signum() > 0 && evidenceCount == 0 && !hasNoEvidenceReason;
    }

    public boolean lacksScore() {
        return applicable && part == CriterionPart.SELF_SCORED && selfScore == null;
    }

    public BigDecimal finalScore() {
        return part == CriterionPart.SURVEY ? surveyPoints : appraisedScore;
    }

    public boolean contestable() {
        return applicable && part != CriterionPart.SURVEY && contestId == null
                && (part == CriterionPart.SELF_SCORED || selfScore != null);
    }

    ScoreLine line() {
        return new ScoreLine(criterionId, part, maxPoints, applicable, selfScore, finalScore(), null, null);
    }
}
