package vn.reformtrack.unitindex;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells (once per round, as {@link ExplanationWindowOpened}) that an explanation window has opened: every hour, on one
 * node at a time, so the units hear of it on its first day even when the preliminary results went out earlier.
 */
@Component
class ExplanationWindowJob {

    private final UnitIndexRounds rounds;

    ExplanationWindowJob(UnitIndexRounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(cron = "0 5 * * * *", zone = "${reformtrack.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "unitindex-explanation-windows", lockAtMostFor = "PT10M")
    void announce() {
        rounds.announceOpenWindows();
    }
}
