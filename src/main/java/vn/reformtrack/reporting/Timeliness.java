package vn.reformtrack.reporting;

/** A submission made by the period's due date is on time, after it late (judged in the province's time zone). */
public enum Timeliness {
    ON_TIME,
    LATE
}
