package vn.reformtrack.planning;

import java.math.BigDecimal;
import vn.reformtrack.indices.IndexScale;

/**
 * A target as pages and other modules see it, judged against the published results: the {@code baseline} is the
 * previous year's figure ({@code year - 1}), {@code actual} the plan year's, {@code outcome} whether it was met.
 */
public record TargetSummary(
        long id,
        long planId,
        long version,
        long frameworkId,
        String frameworkCode,
        String frameworkName,
        IndexScale scale,
        TargetMetric metric,
        TargetComparison comparison,
        BigDecimal value,
        BigDecimal valueTo,
        Long criterionId,
        String criterionLabel,
        String note,
        int year,
        Reading baseline,
        Reading actual,
        TargetOutcome outcome) {

    /** The message key of the unit its values are written in (points, %, rank, places). */
    public String unitKey() {
        return metric.unitKey(scale);
    }
}
