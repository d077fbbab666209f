package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Locale;

/** A criterion where a unit lost points (maximum − final score), with the council's reason when it set the score. */
public record LostCriterion(long criterionId, String code, String nameVi, String nameEn, long areaId,
        BigDecimal maxPoints, BigDecimal finalScore, BigDecimal lost, String reason) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
