package vn.reformtrack.dashboard;

import java.math.BigDecimal;

/**
 * A unit's periodic reports whose due date had passed: how many were due, submitted on time, late, and missing (no
 * submission, or only a draft). {@code due = onTime + late + missing}.
 */
public record ReportCounts(long unitId, String unitName, long due, long onTime, long late, long missing) {

    /** Share of the reports due that were submitted on time, in percent (null when none was due). */
    public BigDecimal rate() {
        return TaskCounts.percent(onTime, due);
    }
}
