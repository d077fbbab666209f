package vn.reformtrack.unitindex;

import java.util.Locale;

/** A group in a round, with the criteria set it is scored on and its number of units. */
public record RoundGroup(long groupId, String code, String nameVi, String nameEn, long versionId, String versionLabel,
        int units) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
