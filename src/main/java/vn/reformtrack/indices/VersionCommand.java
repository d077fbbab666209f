package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A methodology version as a coordinator describes it: label, legal basis, the years it scores, its maximum. */
public record VersionCommand(
        String label, String legalBasis, LocalDate issuedOn, Integer validFromYear, Integer validToYear,
        BigDecimal maxTotal) {}
