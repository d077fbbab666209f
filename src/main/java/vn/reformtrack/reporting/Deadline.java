package vn.reformtrack.reporting;

import java.time.LocalDate;

/**
 * A period's terms as a report's transitions judge them: submissions by {@code dueOn} are on time; after
 * {@code lastEntryDay} (null: never) entry locks; a closed period takes nothing more.
 */
public record Deadline(LocalDate dueOn, LocalDate lastEntryDay, boolean closed) {

    public boolean locksEntry(LocalDate today) {
        return closed || (lastEntryDay != null && today.isAfter(lastEntryDay));
    }

    public Timeliness timelinessOf(LocalDate submittedOn) {
        return submittedOn.isAfter(dueOn) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
