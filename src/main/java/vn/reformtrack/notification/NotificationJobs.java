package vn.reformtrack.notification;

import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.reformtrack.shared.jobs.ScheduledJobs;

/**
 * The scheduled jobs, each run on one node at a time and timed ({@link ScheduledJobs}): the outbox every half minute,
 * reminders every hour (each step is taken once, so a missed hour or a restart only delays it), the daily digest at
 * 07:00 and the weekly escalation digest on Monday at 07:30, in the province's time zone. Off with {@code reformtrack.jobs.enabled=false}
 * (the test suite runs them by hand).
 */
@Slf4j
@Component
@ConditionalOnProperty(name = "reformtrack.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

    private final ScheduledJobs jobs;
    private final MailTransport transport;
    private final MailOutbox outbox;
    private final Reminders reminders;
    private final Digests digests;
    private boolean toldUnconfigured;

    NotificationJobs(ScheduledJobs jobs, MailTransport transport, MailOutbox outbox, Reminders reminders, Digests digests) {
        this.jobs = jobs;
        this.transport = transport;
        this.outbox = outbox;
        this.reminders = reminders;
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${reformtrack.mail.poll-interval:30s}", initialDelayString = "${reformtrack.mail.poll-interval:30s}")
    void sendMail() {
        jobs.runOnOneNode("mail-outbox", Duration.ofMinutes(10), Duration.ZERO, this::deliverOutbox);
    }

    private void deliverOutbox() {
        if (transport.sender().isEmpty()) {
            if (!toldUnconfigured) {
                log.info("No mail server (reformtrack.mail.host): e-mails wait in the outbox, readable on /admin/mail");
                toldUnconfigured = true;
            }
            return;
        }
        MailOutbox.Run run = outbox.deliverDue(transport.sender().get());
        if (run.sent() + run.failed() + run.cancelled() > 0 || run.serverUnavailable()) {
            log.info("Outbox: {} sent, {} failed, {} waiting, {} cancelled{}", run.sent(), run.failed(), run.waiting(),
                    run.cancelled(), run.serverUnavailable() ? " (mail server unavailable)" : "");
        }
    }

    @Scheduled(cron = "${reformtrack.notifications.reminder-cron:0 10 * * * *}", zone = "${reformtrack.time-zone:Asia/Ho_Chi_Minh}")
    void remind() {
        jobs.runOnOneNode("reminders", Duration.ofMinutes(30), Duration.ofMinutes(1), () -> {
            Reminders.Run run = reminders.run();
            if (run.steps() > 0) {
                log.info("Reminders: {} step(s) taken, {} notification(s)", run.steps(), run.notified());
            }
        });
    }

    @Scheduled(cron = "${reformtrack.notifications.daily-digest-cron:0 0 7 * * *}", zone = "${reformtrack.time-zone:Asia/Ho_Chi_Minh}")
    void dailyDigest() {
        jobs.runOnOneNode("daily-digest", Duration.ofMinutes(30), Duration.ofMinutes(1), digests::daily);
    }

    @Scheduled(cron = "${reformtrack.notifications.weekly-digest-cron:0 30 7 * * MON}", zone = "${reformtrack.time-zone:Asia/Ho_Chi_Minh}")
    void weeklyDigest() {
        jobs.runOnOneNode("weekly-digest", Duration.ofMinutes(30), Duration.ofMinutes(1), digests::weekly);
    }
}
