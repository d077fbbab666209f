package vn.reformtrack.unitindex;

import vn.reformtrack.reporting.CellStatus;

/** A periodic report of a unit in the round's year: the period's name key and year (or ad hoc title), its standing. */
public record YearReport(long id, String periodNameKey, String periodTitle, int year, CellStatus status) {}
