package vn.reformtrack.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

public record JurisdictionSummary(
        long id, String code, String nameVi, String nameEn, JurisdictionKind kind, String formerNameVi,
        LocalDate mergedOn, Long successorId) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    public boolean merged() {
        return successorId != null;
    }

    /** The names it had before ("Tỉnh Thừa Thiên Huế" for Thành phố Huế), without the reference data's notes. */
    public List<String> formerNames() {
        return JurisdictionMatcher.formerNames(formerNameVi);
    }
}
