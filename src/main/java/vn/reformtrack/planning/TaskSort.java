package vn.reformtrack.planning;

/** How a task list is ordered. */
public enum TaskSort {
    /** Open tasks first, the nearest (or most overdue) deadline first; then finished and cancelled ones. */
    DEADLINE,
    /** High priority first, then by deadline. */
    PRIORITY,
    /** Most recently changed first. */
    RECENT,
    /** By title, in Vietnamese alphabetical order. */
    TITLE
}
