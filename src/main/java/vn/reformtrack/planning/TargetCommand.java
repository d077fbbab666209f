package vn.reformtrack.planning;

import java.math.BigDecimal;

/** What a coordinator sets on a target; {@code valueTo} only for a range, {@code criterionId} only for a criterion's score. */
public record TargetCommand(
        Long frameworkId,
        TargetMetric metric,
        TargetComparison comparison,
        BigDecimal value,
        BigDecimal valueTo,
        Long criterionId,
        String note) {}
