package vn.reformtrack.nodes;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Another node migrating the database, held in the middle: Flyway applies the application's own migrations and stops
 * inside the one of {@code heldAt} (its transaction open, Flyway's lock taken) until {@link #finish()}.
 */
final class MigrationInProgress {

    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final JdbcClient jdbc;
    private final Future<MigrateResult> migration;
    private volatile int backend;

    MigrationInProgress(String url, String user, String heldAt) throws InterruptedException {
        this.jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, ""));
        Flyway flyway = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .callbacks(new Hold(heldAt)).load();
        this.migration = thread.submit(flyway::migrate);
        if (!holding.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The migration never reached version " + heldAt);
        }
    }

    /** Connections (other than this migration's) that are waiting for Flyway's lock. */
    long waitingForTheLock() {
        return jdbc.sql("select count(*) from pg_stat_activity where pid <> ? and state = 'idle in transaction'"
                        + " and query ilike '%pg_try_advisory_xact_lock%'")
                .param(backend).query(Long.class).single();
    }

    /** Migrations recorded as done, as any other connection sees them. */
    long applied() {
        return jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
    }

    /** Lets the migration go on to the end. */
    MigrateResult finish() throws Exception {
        released.countDown();
        try {
            return migration.get(5, TimeUnit.MINUTES);
        } finally {
            thread.shutdown();
        }
    }

    private final class Hold extends BaseCallback {

        private final String heldAt;

        Hold(String heldAt) {
            this.heldAt = heldAt;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (!context.getMigrationInfo().getVersion().getVersion().equals(heldAt)) {
                return;
            }
            try (var statement = context.getConnection().createStatement();
                    var pid = statement.executeQuery("select pg_backend_pid()")) {
                pid.next();
                backend = pid.getInt(1);
                holding.countDown();
                if (!released.await(3, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("Never released");
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
