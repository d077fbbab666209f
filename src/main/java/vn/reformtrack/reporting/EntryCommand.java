package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.util.Set;

/** What a unit writes in one entry of its report. Blank texts count as not written. */
public record EntryCommand(Integer progressPercent, EntryStatus status, LocalDate completedOn, String workDone,
        String difficulties, String proposals, Set<Long> evidenceIds) {

    public EntryCommand {
        evidenceIds = evidenceIds == null ? Set.of() : Set.copyOf(evidenceIds);
    }
}
