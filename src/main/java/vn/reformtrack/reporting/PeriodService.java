package vn.reformtrack.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Reporting periods: a coordinator generates a year's calendar in one step (Q1, 6 months, 9 months, year, due a
 * number of days after each span ends), adds ad hoc periods, moves due dates, closes and reopens periods. Two
 * periods of one kind never overlap in a year; changes to a year's periods are serialised by a database lock.
 */
@Service
@Transactional
public class PeriodService {

    private final ReportingPeriodRepository periods;
    private final UnitReportRepository reports;
    private final Settings settings;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    PeriodService(ReportingPeriodRepository periods, UnitReportRepository reports, Settings settings,
            WorkingDays workingDays, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.settings = settings;
        this.workingDays = workingDays;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportingPeriod get(long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("ReportingPeriod", id));
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> find(long id) {
        return periods.findById(id);
    }

    /** A year's periods by start, then end. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> ofYear(int year) {
        return periods.findByYearOrderByStartsOnAscEndsOnAscIdAsc(year);
    }

    /**
     * The periods of the years {@code fromYear} to {@code toYear} as summaries, by year, start, end, id: one statement,
     * no entities (the home page and the grid read them on every view).
     */
    @Transactional(readOnly = true)
    public List<PeriodSummary> summaries(int fromYear, int toYear) {
        return jdbc.sql("""
                select id, year, kind, title, starts_on, ends_on, due_on, grace_days, last_entry_on, status
                from reporting_period where year between :from and :to
                order by year, starts_on, ends_on, id""")
                .param("from", fromYear)
                .param("to", toYear)
                .query((rs, i) -> new PeriodSummary(rs.getLong("id"), rs.getInt("year"),
                        PeriodKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("grace_days", Integer.class),
                        rs.getObject("last_entry_on", LocalDate.class), PeriodStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /**
     * The periods not closed of the years {@code fromYear} to {@code toYear} due from {@code from} to {@code to} (both
     * included), by year, start, end.
     */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> openDueBetween(int fromYear, int toYear, LocalDate from, LocalDate to) {
        return periods.findOpenDueBetween(fromYear, toYear, from, to);
    }

    /** Many periods in one query; unknown ids are simply absent. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : periods.findAllById(ids);
    }

    /** The default due days after a span ends, and grace days (null: no lock), from the settings. */
    @Transactional(readOnly = true)
    public int defaultDueDays() {
        return Math.max(0, settings.getInt(ReportingSettings.DUE_DAYS_AFTER_END));
    }

    /** The default due date of a period ending on {@code endsOn}: the default due days later, in working days. */
    @Transactional(readOnly = true)
    public LocalDate defaultDueOn(LocalDate endsOn) {
        return workingDays.calendar().plusWorkingDays(endsOn, defaultDueDays());
    }

    @Transactional(readOnly = true)
    public Integer defaultGraceDays() {
        int grace = settings.getInt(ReportingSettings.GRACE_DAYS);
        return grace < 0 ? null : Math.min(grace, ReportingPeriod.MAX_GRACE_DAYS);
    }

    /**
     * The year's calendar in one step: Q1, 6 months, 9 months and the year, each from 1 January, due
     * {@code dueDaysAfterEnd} working days after its span ends, with {@code graceDays} (working days). Refused when the year has any calendar
     * period already.
     */
    public List<ReportingPeriod> generateYear(int year, int dueDaysAfterEnd, Integer graceDays, CurrentUser user) {
        ReportingAccess.requireManager(user);
        if (year < 2000 || year > 2100) {
            throw RuleViolationException.onField("year", "period.error.yearRange");
        }
        if (dueDaysAfterEnd < 0 || dueDaysAfterEnd > 366) {
            throw RuleViolationException.onField("dueDaysAfterEnd", "period.error.dueDaysRange");
        }
        lockYear(year);
        List<PeriodKind> calendar = List.of(PeriodKind.calendar());
        if (periods.existsByYearAndKindIn(year, calendar)) {
            throw RuleViolationException.onField("year", "period.error.yearExists", String.valueOf(year));
        }
        List<ReportingPeriod> created = new ArrayList<>();
        WorkingCalendar days = workingDays.calendar();
        for (PeriodKind kind : calendar) {
            created.add(periods.save(new ReportingPeriod(
                    PeriodCommand.calendar(kind, year, dueDaysAfterEnd, graceDays, days), days)));
        }
        changed(year);
        created.forEach(period -> events.publishEvent(new PeriodOpened(period.getId())));
        return created;
    }

    /** One period: an ad hoc one, or a calendar kind the year does not have yet. */
    public ReportingPeriod create(PeriodCommand command, CurrentUser user) {
        ReportingAccess.requireManager(user);
        ReportingPeriod.check(command);
        lockYear(command.year());
        requireNoOverlap(command, null);
        ReportingPeriod period = periods.save(new ReportingPeriod(command, workingDays.calendar()));
        changed(command.year());
        events.publishEvent(new PeriodOpened(period.getId()));
        return period;
    }

    /** New span, due date, grace days or title. */
    public ReportingPeriod update(long id, long version, PeriodCommand command, CurrentUser user) {
        ReportingAccess.requireManager(user);
        ReportingPeriod period = get(id);
        lockYear(period.getYear());
        ConcurrentEditException.check("ReportingPeriod", id, version, period.getVersion());
        PeriodCommand changed = new PeriodCommand(period.getKind(), period.getYear(), command.title(),
                command.startsOn(), command.endsOn(), command.dueOn(), command.graceDays());
        ReportingPeriod.check(changed);
        requireNoOverlap(changed, id);
        period.reschedule(changed, workingDays.calendar());
        ReportingPeriod saved = periods.save(period);
        changed(period.getYear());
        return saved;
    }

    /** Closes a period; refused while reports wait for review or are in it. */
    public void close(long id, long version, CurrentUser user) {
        ReportingAccess.requireManager(user);
        ReportingPeriod period = get(id);
        ConcurrentEditException.check("ReportingPeriod", id, version, period.getVersion());
        long awaiting = reports.countByPeriodIdAndStatusIn(id, EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.UNDER_REVIEW));
        period.close(user.username(), Instant.now(clock), awaiting);
        periods.save(period);
        changed(period.getYear());
    }

    public void reopen(long id, long version, CurrentUser user) {
        ReportingAccess.requireManager(user);
        ReportingPeriod period = get(id);
        ConcurrentEditException.check("ReportingPeriod", id, version, period.getVersion());
        period.reopen();
        periods.save(period);
        changed(period.getYear());
    }

    private void requireNoOverlap(PeriodCommand command, Long self) {
        for (ReportingPeriod other : periods.findByYearAndKind(command.year(), command.kind())) {
            if (self != null && other.getId().equals(self)) {
                continue;
            }
            if (command.kind().isCalendar()) {
                throw RuleViolationException.onField("kind", "period.error.kindExists", String.valueOf(command.year()));
            }
            if (other.overlaps(command.startsOn(), command.endsOn())) {
                throw RuleViolationException.onField("startsOn", "period.error.overlap", other.getTitle(),
                        Dates.text(other.getStartsOn()), Dates.text(other.getEndsOn()));
            }
        }
    }

    private void changed(int year) {
        periods.flush();
        events.publishEvent(new PeriodChanged(year));
    }

    /** Changes to one year's periods wait for each other, so two coordinators never create overlapping periods. */
    private void lockYear(int year) {
        jdbc.sql("select pg_advisory_xact_lock(40, :year)").param("year", year).query((rs, i) -> 1).list();
    }
}
