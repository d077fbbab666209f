package vn.reformtrack.unitindex;

/** A unit's head submitted its sheet: the council may appraise it. */
public record UnitSheetSubmitted(long roundId, long unitId) {}
