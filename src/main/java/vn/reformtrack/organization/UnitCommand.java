package vn.reformtrack.organization;

/** What an administrator sets on a unit. */
public record UnitCommand(String code, String name, UnitType type, Long parentId) {}
