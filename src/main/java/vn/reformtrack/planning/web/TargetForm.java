package vn.reformtrack.planning.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.PlanTarget;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetMetric;

/** A target as the browser sends it; values are read as people type them ("93,157" or "93.157"). */
@Data
class TargetForm {

    @NotNull
    private Long frameworkId;

    @NotNull
    private TargetMetric metric;

    private TargetComparison comparison = TargetComparison.AT_LEAST;

    @NotNull
    private BigDecimal value;

    private BigDecimal valueTo;

    private Long criterionId;

    @Size(max = 500)
    private String note;

    private long version;

    static TargetForm from(PlanTarget target) {
        TargetForm form = new TargetForm();
        form.setFrameworkId(target.getFrameworkId());
        form.setMetric(target.getMetric());
        form.setComparison(target.getComparison());
        form.setValue(target.getValue());
        form.setValueTo(target.getValueTo());
        form.setCriterionId(target.getCriterionId());
        form.setNote(target.getNote());
        form.setVersion(target.getVersion());
        return form;
    }

    TargetCommand toCommand() {
        return new TargetCommand(frameworkId, metric, comparison, value, valueTo, criterionId, note);
    }
}
