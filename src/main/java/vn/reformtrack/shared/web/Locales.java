package vn.reformtrack.shared.web;

import java.util.List;
import java.util.Locale;

/** The two languages of the application: Vietnamese first, English second. */
public final class Locales {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Locales() {}

    /** The supported locale closest to the one asked for; Vietnamese when nothing matches. */
    public static Locale closest(Locale requested) {
        if (requested == null) {
            return VIETNAMESE;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(VIETNAMESE);
    }
}
