package vn.reformtrack.identity.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in PostgreSQL (so every application node sees the same count), per user name and per client
 * address, and locks either for a while after too many. Names that do not exist are counted and locked alike: the
 * answer never tells whether an account exists. A locked address is refused whatever name it tries, so one machine
 * cannot try a password against every account; its limit is higher than a name's, since an office behind one address
 * shares it. A successful sign-in clears the name's count, never the address's.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class LoginThrottle {

    enum Lock { NONE, NAME, ADDRESS }

    /** An IPv4 or IPv6 literal: anything else is never handed to InetAddress, which would look a name up. */
    private static final java.util.regex.Pattern IP_LITERAL =
            java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*");

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

    /** The address as counted: IPv4 as it is, IPv6 by its /64 network (one client holds a whole /64). */
    static String addressKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String text = remoteAddress.strip();
        if (!IP_LITERAL.matcher(text).matches()) {
            // Not an address (a proxy passed a name): counted as written, never looked up.
            return text.length() > 64 ? text.substring(0, 64) : text;
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            if (bytes.length == 16) {
                return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return text.length() > 64 ? text.substring(0, 64) : text;
        }
    }

    Lock lockOf(String username, String remoteAddress) {
        Instant now = clock.instant();
        if (isLocked("login_throttle_address", "address", addressKey(remoteAddress), now)) {
            return Lock.ADDRESS;
        }
        return isLocked("login_throttle", "username_key", key(username), now) ? Lock.NAME : Lock.NONE;
    }

    /** Records a failure for the name and the address; answers the lock it brought on, if any. */
    Lock recordFailure(String username, String remoteAddress) {
        Instant now = clock.instant();
        boolean address = count("login_throttle_address", "address", addressKey(remoteAddress),
                properties.maxFailedLoginsPerAddress(), now);
        boolean name = count("login_throttle", "username_key", key(username), properties.maxFailedLogins(), now);
        return address ? Lock.ADDRESS : name ? Lock.NAME : Lock.NONE;
    }

    void reset(String username) {
        jdbc.sql("delete from login_throttle where username_key = :key")
                .param("key", key(username))
                .update();
    }

    /** Forgets counts whose window has passed and locks that have ended (the housekeeping job). */
    int forgetExpired() {
        Timestamp windowStart = Timestamp.from(clock.instant().minus(properties.lockDuration()));
        int forgotten = 0;
        for (String table : new String[] {"login_throttle", "login_throttle_address"}) {
            forgotten += jdbc.sql("delete from " + table + " where first_failure_at < :windowStart"
                            + " and (locked_until is null or locked_until < :now)")
                    .param("windowStart", windowStart)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return forgotten;
    }

    private boolean isLocked(String table, String keyColumn, String key, Instant now) {
        return jdbc.sql("select locked_until from " + table + " where " + keyColumn + " = :key")
                .param("key", key)
                .query(Timestamp.class)
                .list()
                .stream()
                .anyMatch(until -> until != null && until.toInstant().isAfter(now));
    }

    /** Counts one failure within the window (a failure after the window starts a new one); true when it locks. */
    private boolean count(String table, String keyColumn, String key, int max, Instant now) {
        return jdbc.sql("""
                        insert into %1$s (%2$s, failures, first_failure_at, locked_until)
                        values (:key, 1, :now, null)
                        on conflict (%2$s) do update set
                            failures = case when %1$s.first_failure_at < cast(:windowStart as timestamptz)
                                            then 1 else %1$s.failures + 1 end,
                            first_failure_at = case when %1$s.first_failure_at < cast(:windowStart as timestamptz)
                                                    then cast(:now as timestamptz) else %1$s.first_failure_at end,
                            locked_until = case when %1$s.first_failure_at >= cast(:windowStart as timestamptz)
                                                 and %1$s.failures + 1 >= :max
                                                then cast(:lockedUntil as timestamptz) else null end
                        returning locked_until
                        """.formatted(table, keyColumn))
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(properties.lockDuration())))
                .param("max", max)
                .param("lockedUntil", Timestamp.from(now.plus(properties.lockDuration())))
                .query(Timestamp.class)
                .list()
                .stream()
                .anyMatch(until -> until != null && until.toInstant().isAfter(now));
    }
}
