package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's national table as the results page shows it: every known province best first, the national mean and median
 * (published, or computed from a complete table and marked so), the own province and the gap to the province just above.
 *
 * @param gapToNextUp points the own province needs to draw level with the province just above (null when first or unknown)
 */
public record NationalTable(
        String frameworkCode, int year, BigDecimal maxTotal, List<Row> rows, boolean complete, Statistic mean,
        Statistic median, Row own, Row nextUp, BigDecimal gapToNextUp) {

    /** A province's line: its result, % of the maximum, PAR Index group, and whether it has since merged into another. */
    public record Row(ResultSummary result, BigDecimal percentOfMax, Grade grade, boolean own, String successorName) {}

    /** A national figure and whether it was published or computed here from the complete table. */
    public record Statistic(BigDecimal value, boolean computed) {}
}
