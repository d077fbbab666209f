package vn.reformtrack.results;

import java.math.BigDecimal;

/**
 * A published result as a coordinator enters it. Either the total or the rank may be unknown (news often gives one);
 * {@code rankTo} makes the rank a range ("59–63") when only the group was published; {@code ofTotal} null means the
 * number of provinces ranked that year.
 */
public record ResultCommand(
        String jurisdictionCode, BigDecimal total, Integer rank, Integer rankTo, Integer ofTotal, String source,
        String sourceDecision) {}
