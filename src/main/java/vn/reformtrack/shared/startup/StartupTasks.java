package vn.reformtrack.shared.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs the {@link StartupTask}s while the application context starts, in a lifecycle phase before the web server's:
 * the port opens only when the reference and demo data are in, so the first sign-in page a user sees already works
 * (Boot's {@code ApplicationRunner}s run after the server accepts connections, and a correct password was refused for
 * the seconds they took). Readiness turns UP only after that.
 *
 * <p>Several nodes may start together against one database: the tasks run under a PostgreSQL advisory lock, so a
 * second node waits for the first to finish and then finds the data there.
 */
@Slf4j
@Component
class StartupTasks implements SmartLifecycle {

    /** Before the web server (which starts at {@code SMART_LIFECYCLE_PHASE - 1024}) and its graceful shutdown. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 4096;
    /** {@code pg_advisory_lock} key: "RTSTART". */
    private static final long LOCK = 0x5254_5354_4152_54L;

    private final ObjectProvider<StartupTask> tasks;
    private final DataSource dataSource;
    private volatile boolean running;

    StartupTasks(ObjectProvider<StartupTask> tasks, DataSource dataSource) {
        this.tasks = tasks;
        this.dataSource = dataSource;
    }

    @Override
    public void start() {
        List<StartupTask> ordered = tasks.stream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
        List<String> timings = new ArrayList<>();
        long started = System.nanoTime();
        try (Connection lock = dataSource.getConnection()) {
            waitForTheLock(lock);
            try {
                for (StartupTask task : ordered) {
                    long taskStarted = System.nanoTime();
                    task.run();
                    timings.add(ClassUtils.getUserClass(task).getSimpleName() + " " + millisSince(taskStarted) + " ms");
                }
            } finally {
                try (var statement = lock.createStatement()) {
                    statement.execute("select pg_advisory_unlock(" + LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Start-up tasks could not take their database lock", e);
        }
        log.info("Start-up tasks done in {} ms: {}", millisSince(started), String.join(", ", timings));
        running = true;
    }

    /**
     * Takes the lock, asking again every half second while another node holds it: a blocking wait would outlast the
     * pool's statement and socket timeouts when the other node loads the demo.
     */
    private static void waitForTheLock(Connection lock) throws SQLException {
        boolean told = false;
        while (true) {
            try (var statement = lock.createStatement();
                    var taken = statement.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
                if (taken.next() && taken.getBoolean(1)) {
                    return;
                }
            }
            if (!told) {
                log.info("Waiting for another node to finish its start-up tasks");
                told = true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another node's start-up tasks", e);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
