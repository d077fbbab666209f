package vn.reformtrack.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A task (nhiệm vụ) of a plan: what to do and produce, for which criteria, by which lead unit with which
 * coordinating units, who answers for it, by when. Its status is never stored: {@link #status} derives it. Progress
 * and completion come only from the lead unit's accepted reports ({@link #recordProgress}); a coordinator may cancel
 * it with a reason.
 */
@Entity
@Audited
@Table(name = "task")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Task extends AuditedEntity {

    /** What the cancel_reason column holds. */
    static final int MAX_CANCEL_REASON = 1000;

    private long planId;

    @Column(nullable = false, length = 1000)
    private String title;

    private String description;

    private String expectedOutput;

    private long leadUnitId;

    private Long responsibleUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeadlineKind deadlineKind;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskPriority priority;

    private int progressPercent;

    private LocalDate completedOn;

    private Instant progressUpdatedAt;

    private String progressUpdatedBy;

    private Instant cancelledAt;

    private String cancelledBy;

    private String cancelReason;

    @Column(nullable = false, length = 6000)
    private String searchKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_coordinating_unit", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_id")
    private Set<Long> coordinatingUnitIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_criterion", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "criterion_id")
    private Set<Long> criterionIds = new HashSet<>();

    Task(long planId, TaskCommand command, LocalDate dueDate) {
        this.planId = planId;
        write(command, dueDate);
    }

    /** A coordinator's amendment; a cancelled task stays as it was cancelled. */
    void amend(TaskCommand command, LocalDate dueDate) {
        requireNotCancelled();
        write(command, dueDate);
    }

    private void write(TaskCommand command, LocalDate dueDate) {
        this.title = command.title().strip();
        this.description = blankToNull(command.description());
        this.expectedOutput = blankToNull(command.expectedOutput());
        this.leadUnitId = command.leadUnitId();
        this.coordinatingUnitIds.clear();
        this.coordinatingUnitIds.addAll(command.coordinatingUnitIds());
        this.criterionIds.clear();
        this.criterionIds.addAll(command.criterionIds());
        this.responsibleUserId = command.responsibleUserId();
        this.deadlineKind = command.deadlineKind();
        this.dueDate = dueDate;
        this.priority = command.priority();
        this.searchKey = VietnameseText.fold(String.join(" ", title, description == null ? "" : description,
                expectedOutput == null ? "" : expectedOutput));
    }

    /** The lead unit's head (or a coordinator) names who answers for the task. */
    void assignResponsible(Long userId) {
        requireNotCancelled();
        this.responsibleUserId = userId;
    }

    /** Recurring and all-year tasks follow their plan's year when a draft's year changes. */
    void followYearEnd(LocalDate yearEnd) {
        if (deadlineKind != DeadlineKind.DATE) {
            this.dueDate = yearEnd;
        }
    }

    /**
     * What the lead unit's accepted report says: a percentage, and the day it finished when it reached 100 %. A later
     * report may correct an earlier one, down as well as up.
     */
    void recordProgress(int percent, LocalDate finishedOn, String by, Instant at) {
        requireNotCancelled();
        if (percent < 0 || percent > 100) {
            throw new RuleViolationException("task.error.progressRange", percent);
        }
        if ((percent == 100) != (finishedOn != null)) {
            throw new RuleViolationException(percent == 100 ? "task.error.completionDateMissing" : "task.error.completionDateWithoutFull");
        }
        this.progressPercent = percent;
        this.completedOn = finishedOn;
        this.progressUpdatedAt = at;
        this.progressUpdatedBy = by;
    }

    /** A coordinator withdraws the task, saying why. A finished task is not cancelled: it was done. */
    void cancel(String reason, String by, Instant at) {
        requireNotCancelled();
        if (completedOn != null) {
            throw new RuleViolationException("task.error.cancelDone");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.onField("reason", "task.error.cancelReasonMissing");
        }
        if (reason.strip().length() > MAX_CANCEL_REASON) {
            throw RuleViolationException.onField("reason", "task.error.cancelReasonTooLong", MAX_CANCEL_REASON);
        }
        this.cancelReason = reason.strip();
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public TaskStatus status(LocalDate today) {
        return TaskStatus.derive(dueDate, progressPercent, completedOn, isCancelled(), today);
    }

    /** What the coordinator last set, as a command: the starting point of an edit and of an amendment's record. */
    public TaskCommand command() {
        return new TaskCommand(title, description, expectedOutput, criterionIds, leadUnitId, coordinatingUnitIds,
                responsibleUserId, deadlineKind, deadlineKind == DeadlineKind.DATE ? dueDate : null, priority);
    }

    public boolean involves(long unitId) {
        return leadUnitId == unitId || coordinatingUnitIds.contains(unitId);
    }

    private void requireNotCancelled() {
        if (isCancelled()) {
            throw new RuleViolationException("task.error.cancelled");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
