package vn.reformtrack.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Dates arrive as {@code dd/MM/yyyy} (typed, or from a spreadsheet) or {@code yyyy-MM-dd} (a browser's date input);
 * both are read. Printed in ISO form, which is what a date input expects as its value; pages show dates through
 * {@link Formats#date}.
 */
public class LenientDateFormatter implements Formatter<LocalDate> {

    static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        LocalDate date = parseOrNull(text);
        if (date == null) {
            throw new ParseException(text, 0);
        }
        return date;
    }

    public static LocalDate parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            return trimmed.contains("/")
                    ? LocalDate.parse(trimmed, DAY_MONTH_YEAR)
                    : LocalDate.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
