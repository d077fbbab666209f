package vn.reformtrack.planning;

/** A plan as a filter offers it: its number (null when it has none yet) and year. */
public record PlanChoice(long id, String documentNumber, int year) {}
