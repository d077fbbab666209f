package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.util.List;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.results.ResultSummary;

/**
 * One national index on the overview: the own province's latest result and the one before, its history for the trend
 * chart, this year's targets against the latest result, and the tasks of this year's plans that serve the index.
 */
public record IndexTile(FrameworkSummary framework, ResultSummary latest, ResultSummary previous,
        List<ResultSummary> history, List<TargetStatus> targets, TaskCounts tasks) {

    /** The change of the total since the year before (null when either is unknown). */
    public BigDecimal pointsChange() {
        if (latest == null || previous == null || latest.total() == null || previous.total() == null) {
            return null;
        }
        return latest.total().subtract(previous.total());
    }

    /** Places gained since the year before (+ is up; null when either rank is unknown or a range). */
    public Integer placesChange() {
        if (latest == null || previous == null || latest.rank() == null || previous.rank() == null
                || latest.rankTo() != null || previous.rankTo() != null) {
            return null;
        }
        return previous.rank() - latest.rank();
    }

    /** The years with a published total, for the trend chart. */
    public List<ResultSummary> scoredHistory() {
        return history.stream().filter(r -> r.total() != null).toList();
    }
}
