package vn.reformtrack.shared.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node only: every node's scheduler calls it, the first to take the job's lock in
 * PostgreSQL (ShedLock, table {@code shedlock}) runs it, the others skip. A job's lock is kept for
 * {@code atLeastFor} after it ends, so a node whose clock is a little behind does not run it again. Each run is
 * timed and counted for Prometheus: {@code reformtrack_job_runs_seconds{job, outcome=completed|failed}} and
 * {@code reformtrack_job_skipped_total{job}} (another node had it).
 */
@Slf4j
@Component
public class ScheduledJobs {

    private final LockingTaskExecutor locks;
    private final MeterRegistry meters;
    private final Clock clock;

    ScheduledJobs(LockProvider lockProvider, MeterRegistry meters, Clock clock) {
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.meters = meters;
        this.clock = clock;
    }

    /** @return true when this node ran the job (whether it completed or failed), false when another node had it */
    public boolean runOnOneNode(String job, Duration atMostFor, Duration atLeastFor, Runnable work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "completed";
        try {
            LockingTaskExecutor.TaskResult<Void> result = locks.executeWithLock(() -> {
                work.run();
                return null;
            }, new LockConfiguration(clock.instant(), job, atMostFor, atLeastFor));
            if (!result.wasExecuted()) {
                meters.counter("reformtrack.job.skipped", "job", job).increment();
                log.debug("Scheduled job {} skipped: another node holds its lock", job);
                return false;
            }
        } catch (Throwable failure) {
            outcome = "failed";
            log.error("Scheduled job {} failed", job, failure);
        }
        sample.stop(meters.timer("reformtrack.job.runs", "job", job, "outcome", outcome));
        return true;
    }
}
