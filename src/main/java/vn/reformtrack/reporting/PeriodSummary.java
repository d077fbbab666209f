package vn.reformtrack.reporting;

import java.time.LocalDate;

/**
 * What other modules and pages know of a period. Pages name it with the message key {@link #nameKey()} and the year
 * as argument ("Quý I năm 2026"), or by {@code title} for an ad hoc period.
 *
 * @param lastEntryDay the last day of entry (due date plus grace days), or null when entry never locks by itself
 */
public record PeriodSummary(long id, int year, PeriodKind kind, String title, LocalDate startsOn, LocalDate endsOn,
        LocalDate dueOn, Integer graceDays, LocalDate lastEntryDay, PeriodStatus status) {

    public String nameKey() {
        return "period.name." + kind.name();
    }

    public boolean isClosed() {
        return status == PeriodStatus.CLOSED;
    }

    public boolean isEntryLocked(LocalDate today) {
        return isClosed() || (lastEntryDay != null && today.isAfter(lastEntryDay));
    }

    public boolean isDuePassed(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
