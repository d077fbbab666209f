package vn.reformtrack.unitindex;

import java.math.BigDecimal;

/**
 * A unit's index and its parts, as the results table shows them.
 *
 * @param selfTotal        the unit's own scores of its applicable self-scored criteria
 * @param appraisedTotal   the council's scores of the same criteria
 * @param surveyPoints     the survey part, in points
 * @param reachableMax     the maximum of the applicable self-scored and survey criteria
 * @param base             (appraised + survey) over the reachable maximum, on 100 (null when nothing is reachable)
 * @param bonusClaimed     the bonus lines as scored, before their limits
 * @param bonus            the bonus counted: each pool up to its limit
 * @param bonusLimit       the limits of the bonus pools together
 * @param deductionClaimed the deduction lines as scored, before their limits
 * @param deduction        the deduction counted: each pool up to its limit
 * @param deductionLimit   the limits of the deduction pools together
 * @param index            base + bonus − deduction, kept between 0 and 100, to two decimals (null with no base)
 */
public record IndexFigures(BigDecimal selfTotal, BigDecimal appraisedTotal, BigDecimal surveyPoints,
        BigDecimal reachableMax, BigDecimal base, BigDecimal bonusClaimed, BigDecimal bonus, BigDecimal bonusLimit,
        BigDecimal deductionClaimed, BigDecimal deduction, BigDecimal deductionLimit, BigDecimal index) {

    /** Points the unit did not get of what it could reach (regular criteria only). */
    public BigDecimal pointsLost() {
        return reachableMax.subtract(appraisedTotal).subtract(surveyPoints);
    }
}
