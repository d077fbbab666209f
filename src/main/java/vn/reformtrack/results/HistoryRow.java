package vn.reformtrack.results;

import java.math.BigDecimal;

/**
 * One year of a province's results for an index, with the change from the year before: points (+ is better) and places
 * (+ is up). A merged province's history appears under its successor with {@code predecessorName} set.
 */
public record HistoryRow(
        ResultSummary result, BigDecimal percentOfMax, Grade grade, BigDecimal pointsChange, Integer placesChange,
        String predecessorName) {}
