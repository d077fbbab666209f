package vn.reformtrack.planning;

/** How urgently a task is to be done, highest first. */
public enum Priority {
    HIGH,
    NORMAL,
    LOW
}
