package vn.reformtrack.unitindex;

/** A round's results were published by decision: each unit's index, rank and class are final. */
public record UnitIndexPublished(long roundId, int year, String decisionNumber) {}
