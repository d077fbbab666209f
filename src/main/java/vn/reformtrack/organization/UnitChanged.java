package vn.reformtrack.organization;

/**
 * A unit was created, changed, deactivated or activated in the publishing transaction (for read models that count
 * what active units owe).
 */
public record UnitChanged(long unitId) {}
