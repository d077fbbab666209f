package vn.reformtrack.planning;

/**
 * One line of the tasks-by-unit summary: how many tasks a unit leads, how many of those are still open, overdue, done
 * on time and done late (cancelled ones left out), and how many it coordinates.
 */
public record UnitTaskCounts(
        long unitId,
        String unitName,
        long leading,
        long open,
        long overdue,
        long doneOnTime,
        long doneLate,
        long coordinating) {}
