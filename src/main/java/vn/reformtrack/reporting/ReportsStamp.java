package vn.reformtrack.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether what reporting's pages read of some periods may have changed since an earlier read: reporting's version
 * (V173, V176: any change to tasks, their criteria and coordinating units, plans, units or periods' dates moves it, in
 * the writer's transaction) and the periods' reports — how many, and the sum of their versions. Every change of a report
 * moves its version (a transition, its words, its entries' outcomes when it is accepted; entries count in what is kept
 * only once accepted, and nobody edits an accepted report); reports are deleted only with their period.
 *
 * <p>Read it before what it stamps: a change that lands in between is in the read and moves the stamp, so the next read
 * is made again; a read is never kept under a stamp newer than itself.
 */
@Component
class ReportsStamp {

    /**
     * @param keepable whether a read made now may be kept under this stamp: not when the reading transaction has
     *                 written. Its writes may have moved the version, and if it then rolls back, the next change
     *                 committed moves the version to the same number: what this transaction read (its own, undone
     *                 writes) would be given again as that change's.
     */
    record Stamp(long tasksVersion, long reports, long reportVersions, boolean keepable) {}

    private static final String WRITTEN = "pg_current_xact_id_if_assigned() is not null as written";

    private static final String SELECT = """
            select (select version from reporting_involved_version where id = 1) as tasks,
                   count(*) as reports, coalesce(sum(r.version), 0) as report_versions, %s
            from unit_report r
            """.formatted(WRITTEN);

    /** A period's stamp, counted from the index of the reports' periods and versions (V184). */
    static final String OF_PERIOD = SELECT + "where r.period_id = :period";

    private final JdbcClient jdbc;

    ReportsStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stamp ofPeriod(long periodId) {
        return jdbc.sql(OF_PERIOD).param("period", periodId).query(ReportsStamp::read).single();
    }

    Stamp ofYear(int year) {
        // Through the period index (a year's ~1,200 reports of the large data set in 1.5 ms); "in (select …)" was
        // planned as a scan of every year's reports (6 ms).
        return jdbc.sql(SELECT + "where r.period_id = any(array(select id from reporting_period where year = :year))")
                .param("year", year).query(ReportsStamp::read).single();
    }

    /** Reporting's version alone, for reads of tasks, plans and periods only (no report's content). */
    Stamp ofTasks() {
        return jdbc.sql("select version as tasks, 0 as reports, 0 as report_versions, " + WRITTEN
                        + " from reporting_involved_version where id = 1")
                .query(ReportsStamp::read).single();
    }

    private static Stamp read(ResultSet rs, int row) throws SQLException {
        return new Stamp(rs.getLong("tasks"), rs.getLong("reports"), rs.getLong("report_versions"),
                !rs.getBoolean("written"));
    }
}
