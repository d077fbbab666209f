package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.reformtrack.calendar.DayKind;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.shared.web.RuleViolationException;

/** A reporting period's own rules: its calendar, span, due date, grace days, lock, closing and reopening. */
class PeriodRulesTest {

    private static final WorkingCalendar WEEKENDS = WorkingCalendar.weekendsOnly();

    static void refused(Runnable action, String key, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).isEqualTo(field);
        });
    }

    @ParameterizedTest
    @CsvSource({"Q1, 2026-03-31, 2026-04-21, 2026-05-05", "H1, 2026-06-30, 2026-07-21, 2026-08-04",
        "Q3, 2026-09-30, 2026-10-21, 2026-11-04", "YEAR, 2026-12-31, 2027-01-21, 2027-02-04"})
    void theCalendarCountsFromTheFirstOfJanuaryAndFallsDueWorkingDaysAfterTheSpan(PeriodKind kind, LocalDate end,
            LocalDate due, LocalDate lastEntry) {
        ReportingPeriod period = new ReportingPeriod(PeriodCommand.calendar(kind, 2026, 15, 10, WEEKENDS), WEEKENDS);
        assertThat(period.getStartsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.getEndsOn()).isEqualTo(end);
        assertThat(period.getDueOn()).isEqualTo(due);
        assertThat(period.lastEntryDay()).isEqualTo(lastEntry);
        assertThat(period.getTitle()).isNull();
    }

    @Test
    void dueAndGraceDaysSkipTheHolidaysOfTheCalendar() {
        WorkingCalendar calendar = WorkingCalendar.of(java.util.Map.of(
                LocalDate.of(2027, 1, 1), DayKind.DAY_OFF,
                LocalDate.of(2027, 2, 4), DayKind.DAY_OFF, LocalDate.of(2027, 2, 5), DayKind.DAY_OFF,
                LocalDate.of(2027, 2, 8), DayKind.DAY_OFF, LocalDate.of(2027, 2, 9), DayKind.DAY_OFF,
                LocalDate.of(2027, 2, 10), DayKind.DAY_OFF));
        ReportingPeriod year = new ReportingPeriod(PeriodCommand.calendar(PeriodKind.YEAR, 2026, 15, 10, calendar),
                calendar);
        assertThat(year.getDueOn()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(year.lastEntryDay()).isEqualTo(LocalDate.of(2027, 2, 12));
    }

    @Test
    void entryLocksTheDayAfterTheGraceDaysAndNeverWithoutThem() {
        ReportingPeriod locking = new ReportingPeriod(PeriodCommand.calendar(PeriodKind.Q1, 2026, 15, 0, WEEKENDS), WEEKENDS);
        assertThat(locking.isEntryLocked(LocalDate.of(2026, 4, 21))).isFalse();
        assertThat(locking.isEntryLocked(LocalDate.of(2026, 4, 22))).isTrue();
        ReportingPeriod open = new ReportingPeriod(PeriodCommand.calendar(PeriodKind.Q1, 2026, 15, null, WEEKENDS), WEEKENDS);
        assertThat(open.isEntryLocked(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(open.deadline().lastEntryDay()).isNull();
    }

    @Test
    void anAdHocPeriodNeedsItsTitle() {
        refused(() -> new ReportingPeriod(new PeriodCommand(PeriodKind.AD_HOC, 2026, " ", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 5), null), WEEKENDS), "period.error.titleMissing", "title");
    }

    @Test
    void aSpanEndingBeforeItStartsIsRefused() {
        refused(() -> new ReportingPeriod(new PeriodCommand(PeriodKind.AD_HOC, 2026, "Đột xuất", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 5), null), WEEKENDS), "period.error.endBeforeStart", "endsOn");
    }

    @Test
    void aDueDateBeforeTheSpanStartsIsRefused() {
        refused(() -> new ReportingPeriod(new PeriodCommand(PeriodKind.AD_HOC, 2026, "Đột xuất", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 30), LocalDate.of(2026, 4, 5), null), WEEKENDS), "period.error.dueBeforeStart", "dueOn");
    }

    @Test
    void aSpanStartingInAnotherYearIsRefused() {
        refused(() -> new ReportingPeriod(new PeriodCommand(PeriodKind.AD_HOC, 2026, "Đột xuất", LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 5), null), WEEKENDS), "period.error.startOutsideYear", "startsOn");
    }

    @Test
    void graceDaysAreBetweenZeroAndAYear() {
        refused(() -> new ReportingPeriod(PeriodCommand.calendar(PeriodKind.Q1, 2026, 15, -1, WEEKENDS), WEEKENDS),
                "period.error.graceRange", "graceDays");
        refused(() -> new ReportingPeriod(PeriodCommand.calendar(PeriodKind.Q1, 2026, 15, 367, WEEKENDS), WEEKENDS),
                "period.error.graceRange", "graceDays");
    }

    @Test
    void periodsOverlapWhenTheirSpansShareADay() {
        ReportingPeriod may = new ReportingPeriod(new PeriodCommand(PeriodKind.AD_HOC, 2026, "Tháng 5",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 5), null), WEEKENDS);
        assertThat(may.overlaps(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(may.overlaps(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(may.overlaps(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isFalse();
    }

    @Test
    void closingIsRefusedWhileReportsAwaitReviewAndTwice() {
        ReportingPeriod period = new ReportingPeriod(PeriodCommand.calendar(PeriodKind.Q1, 2026, 15, 10, WEEKENDS), WEEKENDS);
        refused(() -> period.close("coordinator", Instant.now(), 2), "period.error.closeAwaitingReview", null);
        period.close("coordinator", Instant.now(), 0);
        assertThat(period.isClosed()).isTrue();
        assertThat(period.deadline().closed()).isTrue();
        assertThat(period.isEntryLocked(LocalDate.of(2026, 4, 1))).isTrue();
        refused(() -> period.close("coordinator", Instant.now(), 0), "period.error.alreadyClosed", null);
        refused(() -> period.reschedule(PeriodCommand.calendar(PeriodKind.Q1, 2026, 20, 10, WEEKENDS), WEEKENDS), "period.error.closed", null);
        period.reopen();
        assertThat(period.isClosed()).isFalse();
        assertThat(period.getClosedAt()).isNull();
        refused(period::reopen, "period.error.notClosed", null);
    }

    @Test
    void reschedulingMovesTheDueDateButNotTheKindOrYear() {
        ReportingPeriod period = new ReportingPeriod(PeriodCommand.calendar(PeriodKind.H1, 2026, 15, 10, WEEKENDS), WEEKENDS);
        period.reschedule(new PeriodCommand(PeriodKind.YEAR, 2030, "ignored", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 20), 5), WEEKENDS);
        assertThat(period.getKind()).isEqualTo(PeriodKind.H1);
        assertThat(period.getYear()).isEqualTo(2026);
        assertThat(period.getDueOn()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(period.lastEntryDay()).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(period.getTitle()).isNull();
    }
}
