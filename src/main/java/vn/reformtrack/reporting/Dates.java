package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as messages carry them (dd/MM/yyyy in both languages). */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}

    static String text(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
