package vn.reformtrack.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.planning.UnitTask;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * One unit's report for one period, with an entry per task the unit leads or coordinates. It guards every transition
 * — {@link #submit}, {@link #withdraw}, {@link #startReview}, {@link #accept}, {@link #returnToUnit}, {@link #reopen}
 * — and every change of its content: each checks the status and the period's {@link Deadline}, records a line of
 * history and raises a {@link ReportEvent}. Nothing sets its status from outside.
 *
 * <p>Timeliness belongs to the submission that stands: set when the report is first submitted (on time by the due
 * date, late after it), kept through a return and the resubmission, cleared only when the head withdraws that first
 * submission.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "unit_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitReport extends AuditedEntity {

    static final int MAX_ASSESSMENT = 8000;
    static final int MAX_NARRATIVE = 4000;
    static final int MAX_COMMENT = 4000;

    private long periodId;

    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ReportStatus status = ReportStatus.DRAFT;

    private String generalAssessment;

    private String difficulties;

    private String proposals;

    private Instant submittedAt;

    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Timeliness timeliness;

    private Instant lastSubmittedAt;

    private Instant reviewStartedAt;

    private String reviewStartedBy;

    private Instant returnedAt;

    private String returnedBy;

    private String returnComment;

    private Instant acceptedAt;

    private String acceptedBy;

    private Instant reopenedAt;

    private String reopenedBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    @OptimisticLock(excluded = true)
    private List<ReportEntry> entries = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    @OptimisticLock(excluded = true)
    private List<ReportTransition> transitions = new ArrayList<>();

    @Transient
    private final List<ReportEvent> events = new ArrayList<>();

    private UnitReport(long periodId, long unitId) {
        this.periodId = periodId;
        this.unitId = unitId;
    }

    /** The unit's report for the period, opened the first time someone needs it, as a draft. */
    static UnitReport open(long periodId, long unitId, String by, Instant at) {
        UnitReport report = new UnitReport(periodId, unitId);
        report.record(TransitionKind.CREATED, null, by, at, null, Map.of());
        return report;
    }

    // ---- content -----------------------------------------------------------------------------------------------

    /** Whether {@link #refill} would change anything (an entry to add, to drop or whose part changed). */
    boolean needsRefill(List<UnitTask> active) {
        if (!status.isEditable()) {
            return false;
        }
        Map<Long, TaskRole> roles = new LinkedHashMap<>();
        active.forEach(task -> roles.put(task.task().id(), task.role()));
        Set<Long> present = new HashSet<>();
        for (ReportEntry entry : entries) {
            TaskRole role = roles.get(entry.getTaskId());
            if (role == null ? entry.isBlank() : role != entry.getRole()) {
                return true;
            }
            present.add(entry.getTaskId());
        }
        return !present.containsAll(roles.keySet());
    }

    /**
     * Brings the entries in line with the tasks that concern the unit in the period: an entry for each task that
     * became active since, the unit's part updated, and entries nobody wrote in dropped when their task no longer
     * concerns the unit (those with content stay). Only while the unit may still change the report.
     *
     * @return how many entries were added
     */
    int refill(List<UnitTask> active) {
        if (!status.isEditable()) {
            return 0;
        }
        Map<Long, TaskRole> roles = new LinkedHashMap<>();
        active.forEach(task -> roles.put(task.task().id(), task.role()));
        entries.removeIf(entry -> !roles.containsKey(entry.getTaskId()) && entry.isBlank());
        Set<Long> present = new HashSet<>();
        for (ReportEntry entry : entries) {
            present.add(entry.getTaskId());
            TaskRole role = roles.get(entry.getTaskId());
            if (role != null && role != entry.getRole()) {
                entry.takeRole(role);
            }
        }
        int position = entries.stream().mapToInt(ReportEntry::getPosition).max().orElse(0);
        int added = 0;
        for (var task : roles.entrySet()) {
            if (present.add(task.getKey())) {
                entries.add(new ReportEntry(this, task.getKey(), task.getValue(), ++position));
                added++;
            }
        }
        return added;
    }

    /**
     * What a unit member typed in one entry.
     *
     * @throws NotFoundException       when the entry is not this report's
     * @throws ConcurrentEditException when someone saved the entry since {@code expectedVersion}
     * @throws RuleViolationException  when the report may not change, or a value is refused (on its field)
     */
    ReportEntry editEntry(long entryId, long expectedVersion, EntryCommand command, Deadline deadline, LocalDate today) {
        requireEditable(deadline, today);
        ReportEntry entry = entry(entryId).orElseThrow(() -> new NotFoundException("ReportEntry", entryId));
        ConcurrentEditException.check("ReportEntry", entryId, expectedVersion, entry.getVersion());
        entry.write(command, today);
        return entry;
    }

    /** The unit's narrative; the version check is the caller's, against this report's version. */
    void describe(NarrativeCommand command, Deadline deadline, LocalDate today) {
        requireEditable(deadline, today);
        requireLength("generalAssessment", command.generalAssessment(), MAX_ASSESSMENT);
        requireLength("difficulties", command.difficulties(), MAX_NARRATIVE);
        requireLength("proposals", command.proposals(), MAX_NARRATIVE);
        this.generalAssessment = ReportEntry.clean(command.generalAssessment());
        this.difficulties = ReportEntry.clean(command.difficulties());
        this.proposals = ReportEntry.clean(command.proposals());
    }

    /** Whether the unit may change the report now: a draft or a returned report, while entry is open for it. */
    public boolean isEditable(Deadline deadline, LocalDate today) {
        return status.isEditable() && !deadline.closed() && (!deadline.locksEntry(today) || isReopened());
    }

    private void requireEditable(Deadline deadline, LocalDate today) {
        if (!status.isEditable()) {
            throw new RuleViolationException(status == ReportStatus.ACCEPTED ? "report.error.accepted"
                    : "report.error.submittedLocked");
        }
        requireEntryOpen(deadline, today);
    }

    private void requireEntryOpen(Deadline deadline, LocalDate today) {
        if (deadline.closed()) {
            throw new RuleViolationException("report.error.periodClosed");
        }
        if (deadline.locksEntry(today) && !isReopened()) {
            throw new RuleViolationException("report.error.entryLocked", Dates.text(deadline.lastEntryDay()));
        }
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    /**
     * The head sends the report to Home Affairs, which locks it. Refused unless it is a draft or was returned, entry
     * is still open (or a coordinator reopened it), the general assessment is written and every entry has its
     * progress and status.
     */
    public void submit(String by, ZonedDateTime at, Deadline deadline) {
        if (!status.isEditable()) {
            throw new RuleViolationException(status == ReportStatus.ACCEPTED ? "report.error.accepted"
                    : "report.error.alreadySubmitted");
        }
        requireEntryOpen(deadline, at.toLocalDate());
        if (generalAssessment == null) {
            throw RuleViolationException.onField("generalAssessment", "report.error.assessmentMissing");
        }
        long incomplete = entries.stream().filter(entry -> !entry.isComplete()).count();
        if (incomplete > 0) {
            throw new RuleViolationException("report.error.entriesIncomplete", incomplete);
        }
        boolean resubmission = status == ReportStatus.RETURNED;
        if (submittedAt == null) {
            this.submittedAt = at.toInstant();
            this.submittedBy = by;
            this.timeliness = deadline.timelinessOf(at.toLocalDate());
        }
        this.lastSubmittedAt = at.toInstant();
        move(ReportStatus.SUBMITTED, resubmission ? TransitionKind.RESUBMITTED : TransitionKind.SUBMITTED, by,
                at.toInstant(), null, Map.of());
        events.add(new ReportEvent.Submitted(getId(), periodId, unitId, by, at.toInstant(), timeliness, resubmission));
    }

    /**
     * The head takes the submission back, before the review starts and while entry is still open (otherwise the
     * report could not be sent again). A first submission withdrawn leaves a draft as if never sent; a resubmission
     * withdrawn leaves the report returned.
     */
    public void withdraw(String by, ZonedDateTime at, Deadline deadline) {
        if (status == ReportStatus.UNDER_REVIEW || status == ReportStatus.ACCEPTED) {
            throw new RuleViolationException("report.error.reviewStarted");
        }
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolationException("report.error.notSubmitted");
        }
        if (deadline.closed()) {
            throw new RuleViolationException("report.error.periodClosed");
        }
        if (deadline.locksEntry(at.toLocalDate()) && !isReopened()) {
            throw new RuleViolationException("report.error.withdrawAfterLock", Dates.text(deadline.lastEntryDay()));
        }
        ReportStatus back = returnedAt != null ? ReportStatus.RETURNED : ReportStatus.DRAFT;
        if (back == ReportStatus.DRAFT) {
            this.submittedAt = null;
            this.submittedBy = null;
            this.timeliness = null;
        }
        move(back, TransitionKind.WITHDRAWN, by, at.toInstant(), null, Map.of());
        events.add(new ReportEvent.Withdrawn(getId(), periodId, unitId, by, at.toInstant()));
    }

    /** A coordinator takes the submitted report up: from now on the head can no longer withdraw it. */
    public void startReview(String by, ZonedDateTime at, Deadline deadline) {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolationException(status == ReportStatus.UNDER_REVIEW ? "report.error.alreadyInReview"
                    : "report.error.notSubmitted");
        }
        requireOpenPeriod(deadline);
        this.reviewStartedAt = at.toInstant();
        this.reviewStartedBy = by;
        move(ReportStatus.UNDER_REVIEW, TransitionKind.REVIEW_STARTED, by, at.toInstant(), null, Map.of());
        events.add(new ReportEvent.ReviewStarted(getId(), periodId, unitId, by, at.toInstant()));
    }

    /**
     * The coordinator accepts the report under review: each entry's progress goes to {@code progress} (planning moves
     * the task only for its lead unit) and the outcome is kept on the entry.
     */
    void accept(String by, ZonedDateTime at, Deadline deadline, ProgressSink progress) {
        if (status == ReportStatus.SUBMITTED) {
            throw new RuleViolationException("report.error.reviewNotStarted");
        }
        if (status != ReportStatus.UNDER_REVIEW) {
            throw new RuleViolationException(status == ReportStatus.ACCEPTED ? "report.error.alreadyAccepted"
                    : "report.error.notUnderReview");
        }
        requireOpenPeriod(deadline);
        int moved = 0;
        for (ReportEntry entry : entries) {
            ProgressRecording outcome = progress.record(entry, unitId);
            entry.recordOutcome(outcome);
            moved += outcome.moved() ? 1 : 0;
        }
        this.acceptedAt = at.toInstant();
        this.acceptedBy = by;
        move(ReportStatus.ACCEPTED, TransitionKind.ACCEPTED, by, at.toInstant(), null, Map.of());
        events.add(new ReportEvent.Accepted(getId(), periodId, unitId, by, at.toInstant(), moved));
    }

    /**
     * The coordinator sends the report back for fixes, with a comment overall and/or on entries (at least one). The
     * entries' comments replace those of an earlier return.
     */
    public void returnToUnit(String by, ZonedDateTime at, Deadline deadline, String comment,
            Map<Long, String> entryComments) {
        if (status != ReportStatus.UNDER_REVIEW) {
            throw new RuleViolationException(status == ReportStatus.SUBMITTED ? "report.error.reviewNotStarted"
                    : "report.error.notUnderReview");
        }
        requireOpenPeriod(deadline);
        Map<Long, String> written = new LinkedHashMap<>();
        entryComments.forEach((entryId, text) -> {
            if (entry(entryId).isEmpty()) {
                throw new NotFoundException("ReportEntry", entryId);
            }
            requireLength("entryComments", text, ReportEntry.MAX_NOTE);
            String clean = ReportEntry.clean(text);
            if (clean != null) {
                written.put(entryId, clean);
            }
        });
        String overall = ReportEntry.clean(comment);
        requireLength("comment", overall, MAX_COMMENT);
        if (overall == null && written.isEmpty()) {
            throw RuleViolationException.onField("comment", "report.error.returnNeedsComment");
        }
        entries.forEach(entry -> entry.comment(written.get(entry.getId())));
        this.returnedAt = at.toInstant();
        this.returnedBy = by;
        this.returnComment = overall;
        move(ReportStatus.RETURNED, TransitionKind.RETURNED, by, at.toInstant(), overall, written);
        events.add(new ReportEvent.Returned(getId(), periodId, unitId, by, at.toInstant(), overall, written.size()));
    }

    /**
     * A coordinator lets the unit enter and submit again after the period's entry locked (a unit that missed the
     * deadline, or a returned report past it). Only a report the unit could change, in an open period, when entry is
     * really locked, and once.
     */
    public void reopen(String by, ZonedDateTime at, Deadline deadline) {
        if (deadline.closed()) {
            throw new RuleViolationException("report.error.reopenClosedPeriod");
        }
        if (!status.isEditable()) {
            throw new RuleViolationException("report.error.reopenNotEditable");
        }
        if (!deadline.locksEntry(at.toLocalDate())) {
            throw new RuleViolationException("report.error.notLocked");
        }
        if (isReopened()) {
            throw new RuleViolationException("report.error.alreadyReopened");
        }
        this.reopenedAt = at.toInstant();
        this.reopenedBy = by;
        move(status, TransitionKind.REOPENED, by, at.toInstant(), null, Map.of());
        events.add(new ReportEvent.Reopened(getId(), periodId, unitId, by, at.toInstant()));
    }

    private void requireOpenPeriod(Deadline deadline) {
        if (deadline.closed()) {
            throw new RuleViolationException("report.error.periodClosed");
        }
    }

    private void move(ReportStatus to, TransitionKind kind, String by, Instant at, String comment,
            Map<Long, String> entryComments) {
        ReportStatus from = status;
        this.status = to;
        transitions.add(new ReportTransition(kind, from, to, at, by, comment, entryComments));
    }

    private void record(TransitionKind kind, String comment, String by, Instant at, ReportStatus from,
            Map<Long, String> entryComments) {
        transitions.add(new ReportTransition(kind, from, status, at, by, comment, entryComments));
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public boolean isReopened() {
        return reopenedAt != null;
    }

    public Optional<ReportEntry> entry(long entryId) {
        return entries.stream().filter(entry -> entry.getId() != null && entry.getId() == entryId).findFirst();
    }

    public Optional<ReportEntry> entryForTask(long taskId) {
        return entries.stream().filter(entry -> entry.getTaskId() == taskId).findFirst();
    }

    public NarrativeCommand narrative() {
        return new NarrativeCommand(generalAssessment, difficulties, proposals);
    }

    @DomainEvents
    Collection<ReportEvent> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw RuleViolationException.onField(field, "report.error.tooLong", max);
        }
    }
}
