package vn.reformtrack.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic: Monday to Friday are working days, Saturday and Sunday are not, except the days an
 * administrator listed (a weekday off, a weekend day worked). Immutable; a year without a list counts weekends only.
 *
 * <p>"Due in 3 working days" is {@code minusWorkingDays(due, 3)}; "15 working days after the period ends" is
 * {@code plusWorkingDays(end, 15)}; "overdue for 3 working days" is {@code workingDaysBetween(due, today) >= 3}.
 */
public final class WorkingCalendar {

    /** Guards the loops against a calendar where nothing is a working day for years (it never happens in practice). */
    private static final int MAX_STEPS = 3660;

    private static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Map.of());

    private final Map<LocalDate, DayKind> listed;

    private WorkingCalendar(Map<LocalDate, DayKind> listed) {
        this.listed = Map.copyOf(listed);
    }

    public static WorkingCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /** A calendar with these listed days (a day off on a weekday, a working day on a weekend). */
    public static WorkingCalendar of(Map<LocalDate, DayKind> listed) {
        return new WorkingCalendar(listed);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = listed.get(day);
        if (kind != null) {
            return kind == DayKind.WORKING_DAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code days} working days after {@code from} ({@code from} itself not counted); with 0, {@code from}
     * itself. Negative {@code days} count backwards.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            return minusWorkingDays(from, -days);
        }
        LocalDate day = from;
        int counted = 0;
        for (int step = 0; counted < days; step++) {
            requireProgress(step);
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The day {@code days} working days before {@code from} ({@code from} itself not counted); with 0, {@code from}. */
    public LocalDate minusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            return plusWorkingDays(from, -days);
        }
        LocalDate day = from;
        int counted = 0;
        for (int step = 0; counted < days; step++) {
            requireProgress(step);
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}: 0 when {@code to} is not after
     * {@code from}. A deadline on Friday and today the next Monday: 1.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code day} itself when it is a working day, otherwise the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        for (int step = 0; !isWorkingDay(candidate); step++) {
            requireProgress(step);
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static void requireProgress(int step) {
        if (step > MAX_STEPS) {
            throw new IllegalStateException("No working day within ten years: the calendar lists every day as off");
        }
    }
}
