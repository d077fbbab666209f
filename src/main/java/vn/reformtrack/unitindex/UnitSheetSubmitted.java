package vn.reformtrack.unitindex;

/** A unit's head submitted its sheet for the round of {@code year}: the council may appraise it. */
public record UnitSheetSubmitted(long roundId, int year, long unitId) {}
