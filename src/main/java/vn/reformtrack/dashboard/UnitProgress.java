package vn.reformtrack.dashboard;

/** One unit's tasks (those it leads) by status. */
public record UnitProgress(long unitId, String unitName, TaskCounts counts) {}
