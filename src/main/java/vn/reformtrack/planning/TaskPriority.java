package vn.reformtrack.planning;

/** How urgently a task is to be done, highest first. */
public enum TaskPriority {
    HIGH,
    NORMAL,
    LOW
}
