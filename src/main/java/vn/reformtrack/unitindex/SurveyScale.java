package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a survey criterion turns the survey's figure into points, as its set says: the figure's scale (e.g. 0–100 for a
 * satisfaction rate in percent, 1–5 for a mean on a five-point scale) maps linearly onto 0–maximum.
 */
public record SurveyScale(BigDecimal min, BigDecimal max) {

    public static final SurveyScale PERCENT = new SurveyScale(BigDecimal.ZERO, BigDecimal.valueOf(100));

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** The points of a figure inside the scale, to four decimals. */
    public BigDecimal points(BigDecimal value, BigDecimal criterionMax) {
        return value.subtract(min).multiply(criterionMax).divide(max.subtract(min), 4, RoundingMode.HALF_UP);
    }
}
