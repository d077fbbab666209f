package vn.reformtrack.planning;

/**
 * What a task's deadline is: a date; recurring work reported on in each reporting period of the plan's year
 * ("thường xuyên", "hằng quý"); or work that runs all year ("cả năm"). Recurring and all-year tasks are due by the
 * last day of the plan's year.
 */
public enum DeadlineKind {
    DATE,
    EACH_PERIOD,
    ALL_YEAR
}
