package vn.reformtrack.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The housekeeping job deletes expired sessions and old sign-in counts, runs once per lock, and is counted. */
@IntegrationTest
class SignInHousekeepingTest {

    @Autowired
    SignInHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void expiredSessionsAndOldCountsGoAndASecondRunWithinTheLockIsSkipped() {
        String expired = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                values (?, ?, 0, 0, 60, 1, null)""").params(expired, expired).update();
        String oldName = TestData.unique("old").toLowerCase();
        jdbc.sql("insert into login_throttle values (?, 3, ?, null)").params(oldName,
                Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS))).update();
        jdbc.sql("update shedlock set lock_until = now() where name = ?").param(SignInHousekeeping.JOB).update();
        double runsBefore = runs();
        double skippedBefore = meters.counter("reformtrack.job.skipped", "job", SignInHousekeeping.JOB).count();

        housekeeping.run();
        housekeeping.run();

        assertThat(jdbc.sql("select count(*) from spring_session where primary_id = ?").param(expired)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from login_throttle where username_key = ?").param(oldName)
                .query(Long.class).single()).isZero();
        assertThat(runs()).isEqualTo(runsBefore + 1);
        assertThat(meters.counter("reformtrack.job.skipped", "job", SignInHousekeeping.JOB).count())
                .isEqualTo(skippedBefore + 1);
    }

    private double runs() {
        return meters.timer("reformtrack.job.runs", "job", SignInHousekeeping.JOB, "outcome", "completed").count();
    }
}
