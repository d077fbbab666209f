package vn.reformtrack.calendar;

/**
 * What a listed day is: a day off on a weekday (a public holiday, a compensatory or swapped day off), or a working day
 * on a weekend (the Saturday worked in exchange for a swapped day off, "làm bù").
 */
public enum DayKind {
    DAY_OFF,
    WORKING_DAY
}
