package vn.reformtrack.planning;

import java.math.BigDecimal;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.results.ResultSummary;

/**
 * What a target measures, and how its figure is read from a year's published result. Ranks count from 1, the best:
 * a rank target "≤ 20" means "in the top 20"; RANK_CHANGE counts places gained since the previous year (a rise from
 * 25th to 12th gains 13).
 */
public enum TargetMetric {
    /** The total score (points, or the percentage SIPAS publishes). */
    TOTAL_SCORE(true),
    /** The total as a percentage of the methodology's maximum ("đạt từ 80% trở lên so với tổng điểm"). */
    PERCENT_OF_MAX(true),
    /** The rank among all provinces. */
    RANK(false),
    /** Places gained since the previous year ("tăng từ 10–15 bậc"). */
    RANK_CHANGE(true),
    /** In the top N ("nhóm 20 tỉnh, thành phố đạt thứ hạng cao"): the value is N. */
    TOP_N(false),
    /** The share of satisfied people (SIPAS), in percent. */
    SATISFACTION_PERCENT(true),
    /** One criterion's score. */
    CRITERION_SCORE(true);

    private final boolean higherIsBetter;

    TargetMetric(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** TOP_N says its own comparison (rank ≤ N); every other metric takes one. */
    public boolean takesComparison() {
        return this != TOP_N;
    }

    public boolean needsCriterion() {
        return this == CRITERION_SCORE;
    }

    /** Ranks and places are whole numbers. */
    public boolean isWhole() {
        return this == RANK || this == RANK_CHANGE || this == TOP_N;
    }

    /**
     * The figure this metric reads in {@code year}; {@code previous} is the year before (for places gained).
     */
    public Reading read(YearFigures year, YearFigures previous, Long criterionId) {
        ResultSummary result = year.result();
        if (this == CRITERION_SCORE) {
            return Reading.of(criterionId == null ? null : year.criterionScores().get(criterionId));
        }
        if (result == null) {
            return Reading.UNKNOWN;
        }
        return switch (this) {
            case TOTAL_SCORE, SATISFACTION_PERCENT -> Reading.of(result.total());
            case PERCENT_OF_MAX -> Reading.of(result.percentOfMax());
            case RANK, TOP_N -> Reading.ofRank(result.rank(), result.rankTo());
            case RANK_CHANGE -> placesGained(previous.result(), result);
            case CRITERION_SCORE -> throw new IllegalStateException();
        };
    }

    /**
     * What the plan starts from: the same figure in the previous year, except that for rank change and top N it is
     * the previous year's rank.
     */
    public Reading baseline(YearFigures previous, Long criterionId) {
        if (this == RANK_CHANGE || this == TOP_N) {
            return previous.result() == null
                    ? Reading.UNKNOWN
                    : Reading.ofRank(previous.result().rank(), previous.result().rankTo());
        }
        return read(previous, YearFigures.unknown(previous.year() - 1), criterionId);
    }

    /** Earlier rank minus later rank: between the best and worst cases when either rank is a range. */
    private static Reading placesGained(ResultSummary before, ResultSummary after) {
        if (before == null || before.rank() == null || after.rank() == null) {
            return Reading.UNKNOWN;
        }
        Reading from = Reading.ofRank(before.rank(), before.rankTo());
        Reading to = Reading.ofRank(after.rank(), after.rankTo());
        return new Reading(from.low().subtract(to.high()), from.high().subtract(to.low()));
    }

    /** A value's unit as pages write it beside the number, as a message key; a percent-scale index totals in %. */
    public String unitKey(IndexScale scale) {
        return switch (this) {
            case TOTAL_SCORE -> scale == IndexScale.PERCENT ? "target.unit.percent" : "target.unit.points";
            case CRITERION_SCORE -> "target.unit.points";
            case PERCENT_OF_MAX, SATISFACTION_PERCENT -> "target.unit.percent";
            case RANK, TOP_N -> "target.unit.rank";
            case RANK_CHANGE -> "target.unit.places";
        };
    }
}
