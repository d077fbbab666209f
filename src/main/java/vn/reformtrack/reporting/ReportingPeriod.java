package vn.reformtrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A reporting period (kỳ báo cáo): the span units report on, the day reports are due, and optionally the grace days
 * (working days) after which entry locks (a late report is still taken until then); the last day of entry is fixed on
 * the working-day calendar when the period is scheduled. Open until a coordinator closes it. It guards its
 * own rules: {@link #reschedule}, {@link #close}, {@link #reopen}; whether a period of the same kind overlaps it is the
 * service's to check, with the other periods in hand.
 */
@Entity
@Audited
@Table(name = "reporting_period")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportingPeriod extends AuditedEntity {

    static final int MAX_GRACE_DAYS = 366;

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodKind kind;

    private String title;

    @Column(nullable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private LocalDate dueOn;

    private Integer graceDays;

    private LocalDate lastEntryOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodStatus status = PeriodStatus.OPEN;

    private Instant closedAt;

    private String closedBy;

    ReportingPeriod(PeriodCommand command, WorkingCalendar calendar) {
        this.year = command.year();
        this.kind = command.kind();
        write(command, calendar);
    }

    /** New span, due date or grace days (and title of an ad hoc period); the kind and year stay. */
    void reschedule(PeriodCommand command, WorkingCalendar calendar) {
        if (status == PeriodStatus.CLOSED) {
            throw new RuleViolationException("period.error.closed");
        }
        write(new PeriodCommand(kind, year, command.title(), command.startsOn(), command.endsOn(), command.dueOn(),
                command.graceDays()), calendar);
    }

    private void write(PeriodCommand command, WorkingCalendar calendar) {
        check(command);
        this.title = kind == PeriodKind.AD_HOC ? command.title().strip() : null;
        this.startsOn = command.startsOn();
        this.endsOn = command.endsOn();
        this.dueOn = command.dueOn();
        this.graceDays = command.graceDays();
        this.lastEntryOn = graceDays == null ? null : calendar.plusWorkingDays(dueOn, graceDays);
    }

    /** The rules a period's own fields must meet, each refusal on its field. */
    static void check(PeriodCommand command) {
        if (command.kind() == null) {
            throw RuleViolationException.onField("kind", "period.error.kindMissing");
        }
        if (command.kind() == PeriodKind.AD_HOC && (command.title() == null || command.title().isBlank())) {
            throw RuleViolationException.onField("title", "period.error.titleMissing");
        }
        if (command.startsOn() == null) {
            throw RuleViolationException.onField("startsOn", "period.error.startMissing");
        }
        if (command.endsOn() == null) {
            throw RuleViolationException.onField("endsOn", "period.error.endMissing");
        }
        if (command.dueOn() == null) {
            throw RuleViolationException.onField("dueOn", "period.error.dueMissing");
        }
        if (command.startsOn().getYear() != command.year()) {
            throw RuleViolationException.onField("startsOn", "period.error.startOutsideYear", String.valueOf(command.year()));
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            throw RuleViolationException.onField("endsOn", "period.error.endBeforeStart");
        }
        if (command.dueOn().isBefore(command.startsOn())) {
            throw RuleViolationException.onField("dueOn", "period.error.dueBeforeStart");
        }
        Integer grace = command.graceDays();
        if (grace != null && (grace < 0 || grace > MAX_GRACE_DAYS)) {
            throw RuleViolationException.onField("graceDays", "period.error.graceRange", MAX_GRACE_DAYS);
        }
    }

    /** No more entry, submission or review: the period's figures are final. Refused while reports await review. */
    void close(String by, Instant at, long awaitingReview) {
        if (status == PeriodStatus.CLOSED) {
            throw new RuleViolationException("period.error.alreadyClosed");
        }
        if (awaitingReview > 0) {
            throw new RuleViolationException("period.error.closeAwaitingReview", awaitingReview);
        }
        this.status = PeriodStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    void reopen() {
        if (status != PeriodStatus.CLOSED) {
            throw new RuleViolationException("period.error.notClosed");
        }
        this.status = PeriodStatus.OPEN;
        this.closedAt = null;
        this.closedBy = null;
    }

    public boolean isClosed() {
        return status == PeriodStatus.CLOSED;
    }

    /**
     * The last day units may still enter and submit (the due date plus the grace days, in working days), or null when
     * entry never locks by itself.
     */
    public LocalDate lastEntryDay() {
        return lastEntryOn;
    }

    /** Entry is locked once the period is closed, or after the grace days that follow the due date. */
    public boolean isEntryLocked(LocalDate today) {
        return isClosed() || (lastEntryOn != null && today.isAfter(lastEntryOn));
    }

    /** Units report once the span has begun. */
    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(startsOn);
    }

    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !startsOn.isAfter(otherEnd) && !endsOn.isBefore(otherStart);
    }

    /** What the report's transitions need to know of the period. */
    public Deadline deadline() {
        return new Deadline(dueOn, lastEntryDay(), isClosed());
    }

    public PeriodSummary summary() {
        return new PeriodSummary(getId(), year, kind, title, startsOn, endsOn, dueOn, graceDays, lastEntryDay(), status);
    }

    public PeriodCommand command() {
        return new PeriodCommand(kind, year, title, startsOn, endsOn, dueOn, graceDays);
    }
}
