package vn.reformtrack.planning;

import java.math.BigDecimal;
import java.util.Map;
import vn.reformtrack.results.ResultSummary;

/** The own province's published result of one index in one year (null when not yet known) and its criterion scores. */
public record YearFigures(int year, ResultSummary result, Map<Long, BigDecimal> criterionScores) {

    public static YearFigures unknown(int year) {
        return new YearFigures(year, null, Map.of());
    }
}
