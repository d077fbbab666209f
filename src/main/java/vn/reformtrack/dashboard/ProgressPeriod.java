package vn.reformtrack.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The periods the province reports on, each counted from the first of January: the first quarter, six months, nine
 * months and the whole year (as in "báo cáo quý, 6 tháng, 9 tháng, năm").
 */
public enum ProgressPeriod {
    Q1(3),
    H1(6),
    Q3(9),
    YEAR(12);

    private final int lastMonth;

    ProgressPeriod(int lastMonth) {
        this.lastMonth = lastMonth;
    }

    /** The last day of the period in {@code year}. */
    public LocalDate end(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** The day the figures are read on: the period's last day, or today while the period is still running. */
    public LocalDate asOf(int year, LocalDate today) {
        LocalDate end = end(year);
        return end.isAfter(today) ? today : end;
    }

    /** The period running on {@code today}: the first one that has not ended yet. */
    public static ProgressPeriod current(LocalDate today) {
        for (ProgressPeriod period : values()) {
            if (!period.end(today.getYear()).isBefore(today)) {
                return period;
            }
        }
        return YEAR;
    }
}
