package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.time.Year;

/**
 * The kinds of reporting period: the calendar the seeds name ("định kỳ hằng quý, 6 tháng, năm") — the first quarter,
 * 6 months, 9 months and the year, each counted from the first of January — and ad hoc requests (báo cáo đột xuất).
 */
public enum PeriodKind {
    Q1(3),
    H1(6),
    Q3(9),
    YEAR(12),
    AD_HOC(0);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** The calendar kinds a year's calendar is generated with, in order. */
    public static PeriodKind[] calendar() {
        return new PeriodKind[] {Q1, H1, Q3, YEAR};
    }

    public boolean isCalendar() {
        return this != AD_HOC;
    }

    /** The first day the kind reports on in {@code year}: the first of January. */
    public LocalDate defaultStart(int year) {
        return Year.of(year).atDay(1);
    }

    /** The last day the kind reports on in {@code year}, e.g. 30/06 for {@link #H1}. */
    public LocalDate defaultEnd(int year) {
        if (!isCalendar()) {
            throw new IllegalStateException("An ad hoc period has no default span");
        }
        return Year.of(year).atMonth(months).atEndOfMonth();
    }
}
