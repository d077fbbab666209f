package vn.reformtrack.assessment;

import java.time.LocalDate;

/** A new round: the methodology version, the year it scores, who it scores and the units' deadline. */
public record OpenRoundCommand(long versionId, int year, RoundSubject subject, LocalDate deadline) {}
