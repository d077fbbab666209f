package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.indices.IndexSubject;

/**
 * A round as pages and other modules see it: its index and methodology, year, subject, deadline and status.
 *
 * @param lockVersion      the round's version for optimistic locking (forms send it back)
 * @param versionMaxTotal  the methodology's maximum total (null when the catalog does not say)
 * @param subjectUnitName  the unit scored, for a round of an internal index (null for the province)
 */
public record RoundSummary(
        long id,
        long lockVersion,
        long frameworkId,
        String frameworkCode,
        String frameworkNameVi,
        String frameworkNameEn,
        IndexScale scale,
        long versionId,
        String versionLabel,
        BigDecimal versionMaxTotal,
        int year,
        IndexSubject subjectType,
        Long subjectUnitId,
        String subjectUnitName,
        LocalDate deadline,
        RoundStatus status,
        Instant startedAt,
        Instant closedAt) {

    public String frameworkName(Locale locale) {
        return "en".equals(locale.getLanguage()) && frameworkNameEn != null ? frameworkNameEn : frameworkNameVi;
    }

    /** "PAR_PROVINCE 2025", for file names and logs. */
    public String label() {
        return frameworkCode + " " + year;
    }
}
