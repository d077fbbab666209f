package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import vn.reformtrack.results.ResultSummary;

/**
 * A province just above the own one in a national table, and what it takes to pass it: more than {@code gap} points
 * (the difference of the totals; equal totals share a rank), which would bring the own province to its rank.
 */
public record Climb(ResultSummary above, BigDecimal gap, int rankReached) {}
