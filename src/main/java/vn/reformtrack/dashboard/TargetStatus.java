package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import vn.reformtrack.planning.Reading;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetOutcome;

/**
 * A target of this year's plans held against the latest published result: whether that result would already meet
 * it, and if not the gap — points (or percentage points) still missing for a score, places to climb for a rank.
 *
 * @param latest  the latest result's figure as the target reads it
 * @param gap     how far the latest figure is from the target (null when met or unknown)
 */
public record TargetStatus(long planId, String planNumber, int planYear, TargetMetric metric,
        TargetComparison comparison, BigDecimal value, BigDecimal valueTo, String unitKey, int latestYear,
        Reading latest, TargetOutcome judged, BigDecimal gap) {

    /** Points or percentages to gain (true), or places to climb (false). */
    public boolean gapInPlaces() {
        return metric == TargetMetric.RANK || metric == TargetMetric.TOP_N;
    }
}
