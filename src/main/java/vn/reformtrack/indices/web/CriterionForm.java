package vn.reformtrack.indices.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import lombok.Data;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionCommand;
import vn.reformtrack.indices.CriterionKind;

/** A criterion as the form sends it; never the entity. */
@Data
class CriterionForm {

    @NotBlank
    @Size(max = 30)
    private String code;

    @NotBlank
    @Size(max = 1000)
    private String nameVi;

    @Size(max = 1000)
    private String nameEn;

    @NotNull
    private CriterionKind kind;

    @DecimalMin("0")
    private BigDecimal maxPoints;

    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal scoreStep;

    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal weightPercent;

    @NotNull
    private AssessmentMethod assessment;

    private Long leadUnitId;

    private Set<Long> coordinatingUnitIds = new HashSet<>();

    private long version;

    static CriterionForm from(Criterion criterion) {
        CriterionForm form = new CriterionForm();
        form.setCode(criterion.getCode());
        form.setNameVi(criterion.getNameVi());
        form.setNameEn(criterion.getNameEn());
        form.setKind(criterion.getKind());
        form.setMaxPoints(criterion.getMaxPoints());
        form.setScoreStep(criterion.getScoreStep());
        form.setWeightPercent(criterion.getWeightPercent());
        form.setAssessment(criterion.getAssessment());
        form.setLeadUnitId(criterion.getLeadUnitId());
        form.setCoordinatingUnitIds(new HashSet<>(criterion.getCoordinatingUnitIds()));
        form.setVersion(criterion.getVersion());
        return form;
    }

    CriterionCommand toCommand() {
        return new CriterionCommand(code, nameVi, nameEn, kind, maxPoints, scoreStep, weightPercent, assessment,
                leadUnitId, coordinatingUnitIds);
    }
}
