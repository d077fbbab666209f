package vn.reformtrack.reporting;

import java.time.Instant;

/** An entry as it is stored now: shown beside what a user typed when someone else saved it first. */
public record EntryState(long entryId, long version, EntryCommand values, String updatedBy, Instant updatedAt) {}
