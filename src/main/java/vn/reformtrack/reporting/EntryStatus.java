package vn.reformtrack.reporting;

/** Where the unit says its part of a task stands; {@code DONE} comes with the day it was finished and 100 %. */
public enum EntryStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
