package vn.reformtrack.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The calendar every module counts working days on. Read from the database at most once a minute on each node (a list
 * saved on this node is seen at once; on other nodes within the minute): the reminder job and the reporting pages ask
 * often, and the lists change a few times a year.
 */
@Service
public class WorkingDays {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    WorkingDays(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Weekends plus every year's listed days. */
    public WorkingCalendar calendar() {
        return current().calendar();
    }

    /** Whether the administrator has listed this year's holidays (without a list only weekends are days off). */
    public boolean isListed(int year) {
        return current().years().contains(year);
    }

    /** Today in the province's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Forgets the remembered calendar: the next call reads the lists again. */
    void forget() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot remembered = snapshot;
        Instant now = clock.instant();
        if (remembered == null || remembered.until().isBefore(now)) {
            Map<LocalDate, DayKind> days = new HashMap<>();
            jdbc.sql("select day, kind from calendar_day")
                    .query((rs, i) -> Map.entry(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind"))))
                    .list()
                    .forEach(entry -> days.put(entry.getKey(), entry.getValue()));
            Set<Integer> years = jdbc.sql("select year from calendar_year").query(Integer.class).list().stream()
                    .collect(Collectors.toUnmodifiableSet());
            remembered = new Snapshot(WorkingCalendar.of(days), years, now.plus(REMEMBERED));
            snapshot = remembered;
        }
        return remembered;
    }

    private record Snapshot(WorkingCalendar calendar, Set<Integer> years, Instant until) {}
}
