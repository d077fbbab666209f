package vn.reformtrack.organization;

/** What other modules know of a unit. */
public record UnitSummary(long id, String code, String name, UnitType type, Long parentId, boolean active) {}
