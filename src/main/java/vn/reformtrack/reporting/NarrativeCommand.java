package vn.reformtrack.reporting;

/** The unit's narrative at the top of its report: general assessment, difficulties, proposals. */
public record NarrativeCommand(String generalAssessment, String difficulties, String proposals) {}
