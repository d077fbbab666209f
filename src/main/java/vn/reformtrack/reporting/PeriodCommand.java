package vn.reformtrack.reporting;

import java.time.LocalDate;
import vn.reformtrack.calendar.WorkingCalendar;

/**
 * A period as a coordinator sets it: its kind and year, the span it reports on, the due date and the optional grace
 * days after which entry locks; the title only for an ad hoc period.
 */
public record PeriodCommand(PeriodKind kind, int year, String title, LocalDate startsOn, LocalDate endsOn,
        LocalDate dueOn, Integer graceDays) {

    /** A calendar period with its default span, due {@code dueDaysAfterEnd} working days after it ends. */
    public static PeriodCommand calendar(PeriodKind kind, int year, int dueDaysAfterEnd, Integer graceDays,
            WorkingCalendar workingDays) {
        LocalDate end = kind.defaultEnd(year);
        return new PeriodCommand(kind, year, null, kind.defaultStart(year), end,
                workingDays.plusWorkingDays(end, dueDaysAfterEnd), graceDays);
    }
}
