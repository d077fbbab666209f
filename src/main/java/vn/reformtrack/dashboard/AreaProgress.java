package vn.reformtrack.dashboard;

import java.util.Locale;

/**
 * The tasks serving one area of an index (a top-level criterion, e.g. PAR Index area 3), by status; a task that serves
 * two areas counts in both.
 */
public record AreaProgress(long areaId, String frameworkCode, String areaCode, String nameVi, String nameEn,
        TaskCounts counts) {

    public String label(Locale locale) {
        String name = "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
        return shortCode() + " " + areaCode + ". " + name;
    }

    /** The index as a label prefix: "PAR" for the provinces' PAR Index (PAR_PROVINCE), else its code. */
    public String shortCode() {
        return "PAR_PROVINCE".equalsIgnoreCase(frameworkCode) ? "PAR" : frameworkCode;
    }
}
