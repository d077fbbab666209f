package vn.reformtrack.results;

/** A national figure published with a year's table. */
public enum StatisticKind {
    NATIONAL_MEAN,
    NATIONAL_MEDIAN
}
