package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slices of the dashboards' read model (V120__dashboard_read_model.sql): one per model, year, day the figures are
 * read on and variant, written once from the source tables on the first read that needs it, then kept by
 * {@link ReadModelUpdates}.
 *
 * <p>Writing a slice and changing it take the same lock, PostgreSQL's transaction-level advisory lock on the read
 * model ({@link #lock}): a slice is computed by a statement that starts once no writer is between its change and its
 * commit, and a writer that comes later finds the slice and updates it in its own transaction. So a slice never misses
 * a change and never shows one that was rolled back.
 */
@Component
@Transactional
class DashboardSlices {

    enum Model { PROGRESS, TIMELINESS, COMPLIANCE }

    /** The advisory lock's first key: the dashboards' (reporting's period lock uses 40). */
    private static final int LOCK = 60;

    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardSlices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes sure the slice exists, writing it with {@code write} under the year's lock when it does not; the caller
     * then reads it. The fast path is one primary-key lookup. Returns the slice's version (V178): the same number
     * while its rows and what its reads join to them are unchanged, a new one after any change ({@link #touch}).
     *
     * <p>The slice is written in the caller's transaction, which must be read-write (the dashboard services are): a
     * transaction of its own would need a second pooled connection per request, and sixteen pages finding the slice
     * missing at once could then take the whole pool and wait for each other. Here the others wait on the lock with the
     * one connection they have, and find the slice written when they get it.
     */
    long ensure(Model model, int year, LocalDate asOf, long variant, Runnable write) {
        Long version = version(model, year, asOf, variant);
        if (version != null) {
            return version;
        }
        lock();
        version = version(model, year, asOf, variant);
        if (version != null) {
            return version;
        }
        write.run();
        return jdbc.sql("""
                        insert into dashboard_slice (model, year, as_of, variant) values (:model, :year, :asOf, :variant)
                        returning version""")
                .param("model", model.name()).param("year", year).param("asOf", asOf).param("variant", variant)
                .query(Long.class).single();
    }

    /**
     * Gives the model's slices new versions: of these years, or of every year ({@code years} null). For a change to
     * their rows made in place, or to what their reads join to them; under the lock, as any writer.
     */
    void touch(Model model, Collection<Integer> years) {
        JdbcClient.StatementSpec update = jdbc.sql("update dashboard_slice set version = nextval('dashboard_slice_version')"
                        + " where model = :model" + (years == null ? "" : " and year in (:years)"))
                .param("model", model.name());
        (years == null ? update : update.param("years", years)).update();
    }

    /**
     * Taken by every writer of the read model until its transaction ends: one lock for the whole model rather than one
     * per year, so that a transaction touching several years (a report of this year accepted into tasks of last year's
     * plan; a home page reading this year's progress and a period of last year) never holds one lock while waiting for
     * another that the other transaction took first: there is no second lock to take in the wrong order. Writers hold it
     * from their {@code BEFORE_COMMIT} step to their commit (a few statements); a slice is written under it once a day.
     */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock, 0)").param("lock", LOCK).query((rs, i) -> 1).list();
    }

    /** The days a model's slices of the year were written for (to update them in place). */
    List<LocalDate> days(Model model, int year) {
        return jdbc.sql("select distinct as_of from dashboard_slice where model = :model and year = :year")
                .param("model", model.name()).param("year", year)
                .query(LocalDate.class).list();
    }

    /** Drops the model's slices of these years (and their rows): the next read writes them again. */
    void drop(Model model, Collection<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        jdbc.sql("delete from " + table(model) + " where year in (:years)").param("years", years).update();
        jdbc.sql("delete from dashboard_slice where model = :model and year in (:years)")
                .param("model", model.name()).param("years", years).update();
    }

    /**
     * Drops the year's slices written for days before today that are not a quarter's end: yesterday's figures of the
     * running period are not read again, while a past quarter's (the end of a quarter, a half or a year) and today's
     * are. (Dropping every other day than the one being written made a past quarter's first read drop today's slice.)
     */
    void dropPastDays(Model model, int year) {
        String stale = "year = :year and as_of < :today and as_of <> (date_trunc('quarter', as_of) + interval '3 months - 1 day')::date";
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("delete from " + table(model) + " where " + stale).param("year", year).param("today", today).update();
        jdbc.sql("delete from dashboard_slice where model = :model and " + stale)
                .param("model", model.name()).param("year", year).param("today", today).update();
    }

    private static String table(Model model) {
        return switch (model) {
            case PROGRESS -> "dashboard_progress";
            case TIMELINESS -> "dashboard_timeliness";
            case COMPLIANCE -> "dashboard_compliance";
        };
    }

    private Long version(Model model, int year, LocalDate asOf, long variant) {
        return jdbc.sql("""
                        select version from dashboard_slice
                        where model = :model and year = :year and as_of = :asOf and variant = :variant""")
                .param("model", model.name()).param("year", year).param("asOf", asOf).param("variant", variant)
                .query(Long.class).optional().orElse(null);
    }
}
