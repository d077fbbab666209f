package vn.reformtrack.identity.security;

import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import vn.reformtrack.shared.jobs.ScheduledJobs;

/**
 * Every ten minutes, on one node: deletes expired sessions and forgets sign-in failures whose window has passed.
 * (Spring Session's own clean-up ran on every node at once; it is switched off in application.yml.)
 */
@Slf4j
@Component
class SignInHousekeeping {

    static final String JOB = "sign-in-housekeeping";

    private final ScheduledJobs jobs;
    private final SessionRepository<?> sessions;
    private final LoginThrottle throttle;

    SignInHousekeeping(ScheduledJobs jobs, SessionRepository<?> sessions, LoginThrottle throttle) {
        this.jobs = jobs;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Scheduled(cron = "${reformtrack.security.housekeeping-cron:0 */10 * * * *}")
    void run() {
        jobs.runOnOneNode(JOB, Duration.ofMinutes(5), Duration.ofMinutes(1), () -> {
            if (sessions instanceof ThrottledTouchSessionRepository<?> throttled) {
                throttled.cleanUpExpiredSessions();
            } else if (sessions instanceof JdbcIndexedSessionRepository jdbc) {
                jdbc.cleanUpExpiredSessions();
            }
            int forgotten = throttle.forgetExpired();
            log.debug("Sign-in housekeeping: expired sessions deleted, {} sign-in counts forgotten", forgotten);
        });
    }
}
