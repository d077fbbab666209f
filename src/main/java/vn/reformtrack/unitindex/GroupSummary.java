package vn.reformtrack.unitindex;

import java.util.Locale;

/** A group as lists and other modules see it, with its framework's code and how many units it has in a year. */
public record GroupSummary(long id, long lockVersion, String code, String nameVi, String nameEn, long frameworkId,
        String frameworkCode, int position, boolean active, int units) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
