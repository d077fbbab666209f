package vn.reformtrack.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A target (chỉ tiêu) of a plan for one index: a metric, a comparison and a value, e.g. PAR Index total ≥ 93,157
 * points, SIPAS satisfaction > 95 %, rise 10–15 places, top 20 of PAPI. Checked by {@link TargetService} before it is
 * written; judged by {@link TargetEvaluation}.
 */
@Entity
@Audited
@Table(name = "plan_target")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanTarget extends AuditedEntity {

    private long planId;

    private long frameworkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TargetMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TargetComparison comparison;

    @Column(nullable = false)
    private BigDecimal value;

    private BigDecimal valueTo;

    private Long criterionId;

    private String note;

    private int position;

    PlanTarget(long planId, int position, TargetCommand command) {
        this.planId = planId;
        this.position = position;
        describe(command);
    }

    /** Writes a checked command: TOP_N always compares "≤", and only a range keeps its upper end. */
    void describe(TargetCommand command) {
        this.frameworkId = command.frameworkId();
        this.metric = command.metric();
        this.comparison = command.metric().takesComparison() ? command.comparison() : TargetComparison.AT_MOST;
        this.value = command.value().stripTrailingZeros();
        this.valueTo = comparison == TargetComparison.BETWEEN ? command.valueTo().stripTrailingZeros() : null;
        this.criterionId = command.metric().needsCriterion() ? command.criterionId() : null;
        this.note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
    }

    TargetCommand command() {
        return new TargetCommand(frameworkId, metric, comparison, value, valueTo, criterionId, note);
    }

    public TargetOutcome evaluate(Reading figure) {
        return TargetEvaluation.evaluate(metric, comparison, value, valueTo, figure);
    }
}
