package vn.reformtrack.reporting;

/**
 * A coordinator opened a reporting period (created it alone or with its year's calendar), published within the
 * transaction that saves it: the expected units are told.
 */
public record PeriodOpened(long periodId) {}
