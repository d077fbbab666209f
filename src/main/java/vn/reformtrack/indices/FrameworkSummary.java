package vn.reformtrack.indices;

/** What other modules know of a framework. */
public record FrameworkSummary(
        long id, String code, String nameVi, String nameEn, IndexScale scale, IndexSubject subject, boolean active) {

    /** The name in the page's language (English falls back to Vietnamese). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
