package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How many tasks stand in each status on the day the figures are read (see {@code TaskStatusAsOf}), counted in SQL.
 * Cancelled tasks are counted but left out of every rate.
 */
public record TaskCounts(long notStarted, long inProgress, long doneOnTime, long doneLate, long overdue, long cancelled) {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0, 0);

    /** The aggregate columns over {@code s.status}, in the order {@link #read} expects them. */
    static final String COLUMNS = """
            count(*) filter (where s.status = 'NOT_STARTED') as not_started,
            count(*) filter (where s.status = 'IN_PROGRESS') as in_progress,
            count(*) filter (where s.status = 'DONE_ON_TIME') as done_on_time,
            count(*) filter (where s.status = 'DONE_LATE') as done_late,
            count(*) filter (where s.status = 'OVERDUE') as overdue,
            count(*) filter (where s.status = 'CANCELLED') as cancelled""";

    static TaskCounts read(ResultSet rs) throws SQLException {
        return read(rs, "");
    }

    /** The columns of {@link #COLUMNS}, each name after {@code prefix}. */
    static TaskCounts read(ResultSet rs, String prefix) throws SQLException {
        return new TaskCounts(rs.getLong(prefix + "not_started"), rs.getLong(prefix + "in_progress"),
                rs.getLong(prefix + "done_on_time"), rs.getLong(prefix + "done_late"), rs.getLong(prefix + "overdue"),
                rs.getLong(prefix + "cancelled"));
    }

    public TaskCounts plus(TaskCounts other) {
        return new TaskCounts(notStarted + other.notStarted, inProgress + other.inProgress,
                doneOnTime + other.doneOnTime, doneLate + other.doneLate, overdue + other.overdue,
                cancelled + other.cancelled);
    }

    /** Tasks still to be done or done: everything but the cancelled. */
    public long active() {
        return notStarted + inProgress + doneOnTime + doneLate + overdue;
    }

    public long done() {
        return doneOnTime + doneLate;
    }

    /** Not finished and not cancelled. */
    public long open() {
        return notStarted + inProgress + overdue;
    }

    /** Tasks whose deadline has come or that were finished: those a unit can be judged on. */
    public long assessed() {
        return done() + overdue;
    }

    public boolean isEmpty() {
        return active() + cancelled == 0;
    }

    /** Share of all active tasks that are finished, in percent (null without tasks). */
    public BigDecimal doneShare() {
        return percent(done(), active());
    }

    /** Of the tasks that are due or done, the share finished (on time or late), in percent. */
    public BigDecimal completionRate() {
        return percent(done(), assessed());
    }

    /** Of the tasks that are due or done, the share finished by their deadline, in percent. */
    public BigDecimal onTimeRate() {
        return percent(doneOnTime, assessed());
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
