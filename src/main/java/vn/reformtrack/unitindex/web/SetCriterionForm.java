package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;
import vn.reformtrack.unitindex.CriterionPart;
import vn.reformtrack.unitindex.SetCriterionCommand;
import vn.reformtrack.unitindex.SetNode;

/** A criterion of a set as typed: the catalogue's fields and the unit index's (kind empty: as its parent). */
@Data
class SetCriterionForm {

    @NotBlank
    @Size(max = 30)
    private String code;

    @NotBlank
    @Size(max = 1000)
    private String nameVi;

    @Size(max = 1000)
    private String nameEn;

    private BigDecimal maxPoints;
    private BigDecimal scoreStep;
    private Long leadUnitId;
    private CriterionPart part;

    @Size(max = 4000)
    private String guidance;

    private BigDecimal surveyScaleMin;
    private BigDecimal surveyScaleMax;
    private Long parentId;
    private long version;

    static SetCriterionForm from(SetNode node, long lockVersion) {
        SetCriterionForm form = new SetCriterionForm();
        var criterion = node.criterion();
        form.setCode(criterion.code());
        form.setNameVi(criterion.nameVi());
        form.setNameEn(criterion.nameEn());
        form.setMaxPoints(criterion.maxPoints());
        form.setScoreStep(criterion.scoreStep());
        form.setLeadUnitId(criterion.leadUnitId());
        form.setPart(node.partSetHere() ? node.part() : null);
        form.setGuidance(node.guidance());
        if (node.partSetHere() && node.part() == CriterionPart.SURVEY) {
            form.setSurveyScaleMin(node.surveyScale().min());
            form.setSurveyScaleMax(node.surveyScale().max());
        }
        form.setParentId(criterion.parentId());
        form.setVersion(lockVersion);
        return form;
    }

    SetCriterionCommand toCommand() {
        return new SetCriterionCommand(code, nameVi, nameEn, maxPoints, scoreStep, leadUnitId, part, guidance,
                surveyScaleMin, surveyScaleMax);
    }
}
