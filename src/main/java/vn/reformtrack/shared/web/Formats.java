package vn.reformtrack.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages write dates and numbers, available in templates as {@code @fmt}: dates {@code dd/MM/yyyy} in both
 * languages, decimals with a comma in Vietnamese and a point in English.
 */
@Component("fmt")
public class Formats {
    /** Fraction digits up to which a thread keeps its formats (pages ask for 0 to 3); more is built on each call. */
    private static final int KEPT_DIGITS = 6;

    /**
     * Each request thread's formats, by language and fraction digits, built on first use. A DecimalFormat is not
     * thread-safe; cloning a shared one for every number cost a fifth of the progress dashboard's time (profiled).
     */
    private static final ThreadLocal<DecimalFormat[]> FORMATS =
            ThreadLocal.withInitial(() -> new DecimalFormat[2 * (KEPT_DIGITS + 1)]);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;

    public Formats(Clock clock) {
        this.clock = clock;
    }

    public String date(TemporalAccessor date) {
        if (date == null) {
            return "";
        }
        if (date instanceof Instant instant) {
            return DATE.format(instant.atZone(clock.getZone()));
        }
        return DATE.format(date);
    }

    public String dateTime(TemporalAccessor moment) {
        if (moment == null) {
            return "";
        }
        if (moment instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(clock.getZone()));
        }
        if (moment instanceof LocalDate day) {
            return DATE.format(day);
        }
        return DATE_TIME.format((LocalDateTime) moment);
    }

    /** A decimal with up to {@code maxFractionDigits} digits after the separator, trailing zeros dropped. */
    public String decimal(Number value, int maxFractionDigits) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = format(maxFractionDigits);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return format.format(value.longValue());
        }
        return format.format(value instanceof BigDecimal big ? big : new BigDecimal(value.toString()));
    }

    public String decimal(Number value) {
        return decimal(value, 2);
    }

    /** An integer count with the locale's grouping ({@code 20.000} in Vietnamese, {@code 20,000} in English). */
    public String count(Number value) {
        return decimal(value, 0);
    }

    public String percent(Number value) {
        return value == null ? "" : decimal(value, 2) + " %";
    }

    /** This thread's format for the request's language and a number of fraction digits. */
    private static DecimalFormat format(int maxFractionDigits) {
        boolean vietnamese = Locales.closest(LocaleContextHolder.getLocale()).equals(Locales.VIETNAMESE);
        if (maxFractionDigits < 0 || maxFractionDigits > KEPT_DIGITS) {
            return build(vietnamese, maxFractionDigits);
        }
        DecimalFormat[] kept = FORMATS.get();
        int slot = (vietnamese ? 0 : KEPT_DIGITS + 1) + maxFractionDigits;
        if (kept[slot] == null) {
            kept[slot] = build(vietnamese, maxFractionDigits);
        }
        return kept[slot];
    }

    private static DecimalFormat build(boolean vietnamese, int maxFractionDigits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(0, maxFractionDigits));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
