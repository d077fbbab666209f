package vn.reformtrack.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic over 2026's Tết, swapped days off, make-up Saturdays and compensatory days. */
class WorkingCalendarTest {

    /** The 2026 days of the seed (Thông báo 9441/TB-BNV, 12729/VPCP-KGVX). */
    static final WorkingCalendar YEAR_2026 = WorkingCalendar.of(days2026());

    private static Map<LocalDate, DayKind> days2026() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (String off : new String[] {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18",
            "2026-02-19", "2026-02-20", "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31",
            "2026-09-01", "2026-09-02"}) {
            days.put(LocalDate.parse(off), DayKind.DAY_OFF);
        }
        days.put(LocalDate.parse("2026-01-10"), DayKind.WORKING_DAY);
        days.put(LocalDate.parse("2026-08-22"), DayKind.WORKING_DAY);
        return days;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsAreOffUnlessWorkedAndListedWeekdaysAreOff() {
        assertThat(YEAR_2026.isWorkingDay(day("2026-01-09"))).as("Friday").isTrue();
        assertThat(YEAR_2026.isWorkingDay(day("2026-01-03"))).as("Saturday").isFalse();
        assertThat(YEAR_2026.isWorkingDay(day("2026-01-10"))).as("make-up Saturday").isTrue();
        assertThat(YEAR_2026.isWorkingDay(day("2026-01-02"))).as("swapped Friday").isFalse();
        assertThat(YEAR_2026.isWorkingDay(day("2026-04-27"))).as("Giỗ Tổ's compensatory Monday").isFalse();
        assertThat(YEAR_2026.isWorkingDay(day("2026-02-18"))).as("mùng 2 Tết").isFalse();
    }

    @Test
    void fiveWorkingDaysAfterTheFridayBeforeTetEndOnTheFollowingFriday() {
        // Friday 13/02, then Tết Monday 16 to Friday 20: the first working day is Monday 23.
        assertThat(YEAR_2026.plusWorkingDays(day("2026-02-13"), 1)).isEqualTo(day("2026-02-23"));
        assertThat(YEAR_2026.plusWorkingDays(day("2026-02-13"), 5)).isEqualTo(day("2026-02-27"));
        assertThat(YEAR_2026.workingDaysBetween(day("2026-02-13"), day("2026-02-27"))).isEqualTo(5);
    }

    @Test
    void dueInThreeWorkingDaysCountsBackOverTet() {
        // Due Wednesday 25/02: three working days before is Friday 13/02 (23, 24 and the Friday before Tết).
        assertThat(YEAR_2026.minusWorkingDays(day("2026-02-25"), 3)).isEqualTo(day("2026-02-13"));
        assertThat(WorkingCalendar.weekendsOnly().minusWorkingDays(day("2026-02-25"), 3)).isEqualTo(day("2026-02-20"));
    }

    @Test
    void theMakeUpSaturdayCountsAndTheSwappedFridayDoesNot() {
        // Wednesday 31/12/2025 plus 2 working days: Thursday 1/1 and Friday 2/1 are off, Monday 5/1 and Tuesday 6/1.
        assertThat(YEAR_2026.plusWorkingDays(day("2025-12-31"), 2)).isEqualTo(day("2026-01-06"));
        // Friday 9/1 plus 1: the make-up Saturday 10/1.
        assertThat(YEAR_2026.plusWorkingDays(day("2026-01-09"), 1)).isEqualTo(day("2026-01-10"));
        assertThat(YEAR_2026.workingDaysBetween(day("2026-01-09"), day("2026-01-12"))).isEqualTo(2);
    }

    @Test
    void nationalDayRunsFromTheSwappedMondayToWednesday() {
        // Friday 28/08 plus 1: Monday 31/8, Tuesday 1/9 and Wednesday 2/9 are off.
        assertThat(YEAR_2026.plusWorkingDays(day("2026-08-28"), 1)).isEqualTo(day("2026-09-03"));
        assertThat(YEAR_2026.onOrAfter(day("2026-08-29"))).isEqualTo(day("2026-09-03"));
        assertThat(YEAR_2026.plusWorkingDays(day("2026-08-21"), 1)).as("the make-up Saturday 22/8").isEqualTo(day("2026-08-22"));
    }

    @Test
    void giỗTổAndThirtiethOfAprilLeaveTwoWorkingDaysBetween() {
        assertThat(YEAR_2026.workingDaysBetween(day("2026-04-24"), day("2026-05-04"))).isEqualTo(3);
        assertThat(YEAR_2026.plusWorkingDays(day("2026-04-24"), 3)).isEqualTo(day("2026-05-04"));
    }

    @Test
    void zeroAndNegativeCountsAndEmptySpans() {
        assertThat(YEAR_2026.plusWorkingDays(day("2026-02-17"), 0)).isEqualTo(day("2026-02-17"));
        assertThat(YEAR_2026.plusWorkingDays(day("2026-02-23"), -1)).isEqualTo(day("2026-02-13"));
        assertThat(YEAR_2026.workingDaysBetween(day("2026-03-10"), day("2026-03-10"))).isZero();
        assertThat(YEAR_2026.workingDaysBetween(day("2026-03-10"), day("2026-03-01"))).isZero();
    }
}
