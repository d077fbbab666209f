package vn.reformtrack.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.jobs.ScheduledJobs;

/**
 * Removes the lines of the trail older than {@code reformtrack.audit.retention-years}, with their records' snapshots,
 * once a night on one node. The only removal the tables allow: the transaction names the cut-off to the triggers,
 * which refuse anything younger (and anything younger than a year whatever is named).
 */
@Slf4j
@Service
public class AuditRetention {

    private final JdbcClient jdbc;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Removes what is older than the retention; answers how many lines went. */
    @Transactional
    public int purge() {
        Instant before = clock.instant().atZone(clock.getZone()).minusYears(properties.retentionYears()).toInstant();
        jdbc.sql("select set_config('reformtrack.audit_purge_before', :before, true)")
                .param("before", before.toString())
                .query(String.class).single();
        String old = "select id from audit_revision where at < :before";
        List<String> histories = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_name like '%\\_aud'
                        """).query(String.class).list();
        for (String history : histories) {
            jdbc.sql("delete from " + history + " where rev in (" + old + ")")
                    .param("before", Timestamp.from(before)).update();
        }
        jdbc.sql("delete from audit_change where revision_id in (" + old + ")")
                .param("before", Timestamp.from(before)).update();
        int removed = jdbc.sql("delete from audit_revision where at < :before")
                .param("before", Timestamp.from(before)).update();
        if (removed > 0) {
            log.info("Audit trail: removed {} line(s) older than {} year(s)", removed, properties.retentionYears());
        }
        return removed;
    }

    /** Every night at 02:30, on one node. */
    @Component
    @ConditionalOnProperty(name = "reformtrack.jobs.enabled", havingValue = "true", matchIfMissing = true)
    static class Nightly {

        private final ScheduledJobs jobs;
        private final AuditRetention retention;

        Nightly(ScheduledJobs jobs, AuditRetention retention) {
            this.jobs = jobs;
            this.retention = retention;
        }

        @Scheduled(cron = "0 30 2 * * *", zone = "${reformtrack.time-zone:Asia/Ho_Chi_Minh}")
        void purge() {
            jobs.runOnOneNode("audit-retention", Duration.ofHours(1), Duration.ofMinutes(1), retention::purge);
        }
    }
}
