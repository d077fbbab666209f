package vn.reformtrack.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A published result as other modules see it. {@code maxTotal} is the methodology's maximum (null when unknown);
 * {@code percentOfMax} follows from it.
 */
public record ResultSummary(
        long id,
        long frameworkId,
        String frameworkCode,
        Long versionId,
        int year,
        long jurisdictionId,
        String jurisdictionCode,
        String jurisdictionName,
        BigDecimal total,
        Integer rank,
        Integer rankTo,
        int ofTotal,
        boolean rankComputed,
        String source,
        BigDecimal maxTotal) {

    public BigDecimal percentOfMax() {
        if (total == null || maxTotal == null || maxTotal.signum() == 0) {
            return null;
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(maxTotal, 2, RoundingMode.HALF_UP);
    }

    /** "2/63", "59–63/63", or null when the rank is unknown. */
    public String rankText() {
        if (rank == null) {
            return null;
        }
        return (rankTo == null ? rank.toString() : rank + "–" + rankTo) + "/" + ofTotal;
    }
}
