package vn.reformtrack.unitindex;

import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.reformtrack.shared.jobs.ScheduledJobs;

/**
 * Tells (once per round, as {@link ExplanationWindowOpened}) that an explanation window has opened: every hour, on one
 * node at a time, so the units hear of it on its first day even when the preliminary results went out earlier.
 */
@Component
class ExplanationWindowJob {

    private final ScheduledJobs jobs;
    private final UnitIndexRounds rounds;

    ExplanationWindowJob(ScheduledJobs jobs, UnitIndexRounds rounds) {
        this.jobs = jobs;
        this.rounds = rounds;
    }

    @Scheduled(cron = "0 5 * * * *", zone = "${reformtrack.time-zone:Asia/Ho_Chi_Minh}")
    void announce() {
        jobs.runOnOneNode("unitindex-explanation-windows", Duration.ofMinutes(10), Duration.ofMinutes(1),
                rounds::announceOpenWindows);
    }
}
