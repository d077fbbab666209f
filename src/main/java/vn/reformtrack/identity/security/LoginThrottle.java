package vn.reformtrack.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per user name in PostgreSQL (so every application node sees the same count) and locks the
 * name for a while after too many. Names that do not exist are counted and locked alike: the answer never tells
 * whether an account exists.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    static String key(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > 100 ? normalized.substring(0, 100) : normalized;
    }

    boolean isLocked(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where username_key = :key")
                .param("key", key(username))
                .query(Timestamp.class)
                .list()
                .stream()
                .anyMatch(until -> until != null && until.toInstant().isAfter(now));
    }

    /** Records a failure; answers true when this failure locked the name. */
    boolean recordFailure(String username) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into login_throttle (username_key, failures, first_failure_at, locked_until)
                        values (:key, 1, :now, null)
                        on conflict (username_key) do update set
                            failures = case when login_throttle.first_failure_at < cast(:windowStart as timestamptz)
                                            then 1 else login_throttle.failures + 1 end,
                            first_failure_at = case when login_throttle.first_failure_at < cast(:windowStart as timestamptz)
                                                    then cast(:now as timestamptz) else login_throttle.first_failure_at end,
                            locked_until = case when login_throttle.first_failure_at >= cast(:windowStart as timestamptz)
                                                 and login_throttle.failures + 1 >= :max
                                                then cast(:lockedUntil as timestamptz) else null end
                        returning locked_until
                        """)
                .param("key", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(properties.lockDuration())))
                .param("max", properties.maxFailedLogins())
                .param("lockedUntil", Timestamp.from(now.plus(properties.lockDuration())))
                .query(Timestamp.class)
                .list()
                .stream()
                .anyMatch(until -> until != null && until.toInstant().isAfter(now));
    }

    void reset(String username) {
        jdbc.sql("delete from login_throttle where username_key = :key")
                .param("key", key(username))
                .update();
    }
}
