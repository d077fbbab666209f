package vn.reformtrack.reporting;

/**
 * A reporting period of {@code year} was created, rescheduled, closed or reopened in the publishing transaction (for
 * read models that listen within it: what is due, and when, changed).
 */
public record PeriodChanged(int year) {}
