package vn.reformtrack.unitindex;

import java.math.BigDecimal;

/**
 * A criterion of a set as a coordinator edits it: the catalogue's fields (code, names, maximum, step, owning
 * department) and the unit index's (kind, null to inherit; guidance; the survey's scale, null for 0–100).
 */
public record SetCriterionCommand(String code, String nameVi, String nameEn, BigDecimal maxPoints, BigDecimal scoreStep,
        Long leadUnitId, CriterionPart part, String guidance, BigDecimal surveyScaleMin, BigDecimal surveyScaleMax) {

    SurveyScale surveyScale() {
        return surveyScaleMax == null ? null
                : new SurveyScale(surveyScaleMin == null ? BigDecimal.ZERO : surveyScaleMin, surveyScaleMax);
    }
}
