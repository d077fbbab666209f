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
 * both are read, with a year of four digits (ISO and {@code uuuu} also read signed years of any length, which the
 * database cannot hold). Printed in ISO form, which is what a date input expects as its value; pages show dates through
 * {@link Formats#date}.
 */
public class LenientDateFormatter implements Formatter<LocalDate> {

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
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
            LocalDate date = trimmed.contains("/")
                    ? LocalDate.parse(trimmed, DAY_MONTH_YEAR)
                    : LocalDate.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE);
            return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
