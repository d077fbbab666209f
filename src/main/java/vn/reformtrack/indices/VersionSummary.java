package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What other modules know of a methodology version. */
public record VersionSummary(
        long id,
        long frameworkId,
        String frameworkCode,
        String label,
        String legalBasis,
        LocalDate issuedOn,
        int validFromYear,
        Integer validToYear,
        BigDecimal maxTotal,
        boolean retired) {

    public boolean appliesTo(int year) {
        return year >= validFromYear && (validToYear == null || year <= validToYear);
    }
}
