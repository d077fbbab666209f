package vn.reformtrack.notification;

import java.util.Locale;

/** An argument of a notification's text that the records hold in both languages (an index's name). */
record Localized(String vi, String en) {

    String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
