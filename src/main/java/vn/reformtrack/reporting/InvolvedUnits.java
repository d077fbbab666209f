package vn.reformtrack.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The units with a task active in each period ({@link ActiveTaskSql#INVOLVED_UNITS}), kept per period in
 * {@code reporting_involved_unit} (V173): computed on the first read after a change to tasks, their coordinating units,
 * plans or periods' dates, then read from there. Every such change moves {@code reporting_involved_version} in its own
 * transaction, and a period's stored set counts only when it was computed at the current version, read in the same
 * statement as the tasks; so the stored sets never disagree with the tasks (a set computed while a change was being
 * written belongs to the version before it, and is computed again on the next read).
 */
@Component
class InvolvedUnits {

    /** The stored sets of the periods in {@code periods} (a CTE of id, starts_on, ends_on), as (period_id, unit_id). */
    static final String STORED = """
            stored_involved as (
                select i.period_id, i.unit_id
                from reporting_involved_period m
                join reporting_involved_unit i on i.period_id = m.period_id and i.version = m.version
                where m.period_id = any(array(select id from periods))
            )""";

    private final JdbcClient jdbc;

    InvolvedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes every period {@code periodsSql} selects (id, starts_on, ends_on, with its parameter) have a current stored
     * set, computing the missing or outdated ones; false when some cannot be stored here (inside a read-only
     * transaction), and the caller computes the sets from the tasks instead.
     */
    boolean stored(String periodsSql, Map<String, Object> parameters, String zone) {
        List<Long> outdated = jdbc.sql("""
                        with periods as (%s)
                        select p.id from periods p
                        where not exists (select 1 from reporting_involved_period m
                                          where m.period_id = p.id
                                            and m.version = (select version from reporting_involved_version))
                        """.formatted(periodsSql))
                .params(parameters)
                .query(Long.class)
                .list();
        if (outdated.isEmpty()) {
            return true;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return false;
        }
        // One statement: the version and the tasks are read in the same snapshot.
        jdbc.sql("with periods as (select id, starts_on, ends_on from reporting_period where id in (:outdated)), "
                        + "current_version as (select version from reporting_involved_version), "
                        + ActiveTaskSql.INVOLVED_UNITS + """
                        , cleared as (
                            delete from reporting_involved_unit
                            where period_id in (select id from periods)
                              and version < (select version from current_version)
                        ), added as (
                            insert into reporting_involved_unit (period_id, version, unit_id)
                            select period_id, (select version from current_version), unit_id from involved
                            on conflict do nothing
                        )
                        insert into reporting_involved_period (period_id, version)
                        select id, (select version from current_version) from periods
                        on conflict (period_id) do update set version = excluded.version
                        where reporting_involved_period.version < excluded.version
                        """)
                .param("outdated", outdated)
                .param("zone", zone)
                .update();
        return true;
    }
}
