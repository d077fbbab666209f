package vn.reformtrack.reporting;

/** A period is open for reporting until a coordinator closes it (and may reopen it). */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
