package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.List;
import vn.reformtrack.indices.CriterionSummary;

/**
 * Where the own province lost points in a year: every scored criterion of the methodology with its maximum, score,
 * points lost (max − score), the change of the score from the year before and the unit that answers for it, the
 * largest losses first.
 *
 * @param result the own province's result that year (null when there is none)
 * @param areas  the top-level areas, for the filter
 */
public record LostPoints(
        ResultSummary result, List<Row> rows, List<CriterionSummary> areas, BigDecimal totalLost, long scored,
        Integer previousYear) {

    /**
     * @param change the score minus last year's score for the criterion with the same code (null when either is missing)
     */
    public record Row(CriterionSummary criterion, BigDecimal score, BigDecimal lost, BigDecimal previousScore,
            BigDecimal change, String leadUnitName, String note) {}
}
