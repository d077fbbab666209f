package vn.reformtrack.planning;

import java.math.BigDecimal;

/**
 * Judges a target against the year's figure.
 *
 * <ul>
 *   <li>≥, >, ≤, <, = compare the figure with the value as written (a rank "≤ 20" is met by ranks 1 to 20).</li>
 *   <li>A range ("rise 10–15 places") is met once its nearer end is reached, and doing better than the range still
 *       meets it: for figures where more is better, figure ≥ the lower end; for ranks, rank ≤ the upper end.</li>
 *   <li>TOP_N is met when the rank is N or better.</li>
 *   <li>An unknown figure is {@link TargetOutcome#NOT_YET_KNOWN}; so is a range of ranks ("59–63") whose ends
 *       disagree.</li>
 * </ul>
 */
public final class TargetEvaluation {

    private TargetEvaluation() {}

    public static TargetOutcome evaluate(
            TargetMetric metric, TargetComparison comparison, BigDecimal value, BigDecimal valueTo, Reading figure) {
        if (!figure.isKnown()) {
            return TargetOutcome.NOT_YET_KNOWN;
        }
        TargetComparison effective = metric.takesComparison() ? comparison : TargetComparison.AT_MOST;
        if (figure.isExact()) {
            return outcome(meets(metric, effective, value, valueTo, figure.low()));
        }
        if (effective == TargetComparison.EQUAL) {
            boolean inside = value.compareTo(figure.low()) >= 0 && value.compareTo(figure.high()) <= 0;
            return inside ? TargetOutcome.NOT_YET_KNOWN : TargetOutcome.NOT_MET;
        }
        // Every other comparison is a threshold: if both ends of the range agree, every figure between does too.
        boolean low = meets(metric, effective, value, valueTo, figure.low());
        boolean high = meets(metric, effective, value, valueTo, figure.high());
        return low == high ? outcome(low) : TargetOutcome.NOT_YET_KNOWN;
    }

    static boolean meets(TargetMetric metric, TargetComparison comparison, BigDecimal value, BigDecimal valueTo,
            BigDecimal figure) {
        int against = figure.compareTo(value);
        return switch (comparison) {
            case AT_LEAST -> against >= 0;
            case MORE_THAN -> against > 0;
            case AT_MOST -> against <= 0;
            case LESS_THAN -> against < 0;
            case EQUAL -> against == 0;
            case BETWEEN -> metric.higherIsBetter() ? against >= 0 : figure.compareTo(valueTo) <= 0;
        };
    }

    private static TargetOutcome outcome(boolean met) {
        return met ? TargetOutcome.MET : TargetOutcome.NOT_MET;
    }
}
