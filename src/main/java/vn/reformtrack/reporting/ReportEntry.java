package vn.reformtrack.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * What a unit reports on one task in one period: progress, where its part stands, what was done, difficulties,
 * proposals and the evidence files. A coordinating unit reports its own part. Written only through its report
 * ({@link UnitReport#editEntry}), which checks the report may still change; its version detects two people saving
 * the same entry at once.
 */
@Entity
@Audited
@Table(name = "report_entry")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportEntry extends vn.reformtrack.shared.persistence.AuditedEntity {

    static final int MAX_WORK_DONE = 4000;
    static final int MAX_NOTE = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    private long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskRole role;

    private int position;

    private Integer progressPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_status", length = 12)
    private EntryStatus status;

    private LocalDate completedOn;

    private String workDone;

    private String difficulties;

    private String proposals;

    private String reviewComment;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProgressRecording progressOutcome;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "report_entry_evidence", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "evidence_id")
    private Set<Long> evidenceIds = new HashSet<>();

    ReportEntry(UnitReport report, long taskId, TaskRole role, int position) {
        this.report = report;
        this.taskId = taskId;
        this.role = role;
        this.position = position;
    }

    /**
     * Checks and writes what the unit typed. A done part has its completion day (not after today) and 100 %; 100 %
     * is a done part; a part not started has 0 %. A completion day left over from "done" is dropped with the status.
     */
    void write(EntryCommand command, LocalDate today) {
        Integer progress = command.progressPercent();
        EntryStatus newStatus = command.status();
        if (progress != null && (progress < 0 || progress > 100)) {
            throw RuleViolationException.onField("progressPercent", "entry.error.progressRange");
        }
        if (newStatus == EntryStatus.DONE) {
            if (command.completedOn() == null) {
                throw RuleViolationException.onField("completedOn", "entry.error.completedOnMissing");
            }
            if (command.completedOn().isAfter(today)) {
                throw RuleViolationException.onField("completedOn", "entry.error.completedOnFuture");
            }
            if (progress == null) {
                progress = 100;
            } else if (progress != 100) {
                throw RuleViolationException.onField("progressPercent", "entry.error.doneNeedsFull");
            }
        } else if (progress != null && progress == 100) {
            throw RuleViolationException.onField("status", "entry.error.fullNeedsDone");
        }
        if (newStatus == EntryStatus.NOT_STARTED && progress != null && progress > 0) {
            throw RuleViolationException.onField("progressPercent", "entry.error.notStartedWithProgress");
        }
        requireLength("workDone", command.workDone(), MAX_WORK_DONE);
        requireLength("difficulties", command.difficulties(), MAX_NOTE);
        requireLength("proposals", command.proposals(), MAX_NOTE);
        this.progressPercent = newStatus == EntryStatus.NOT_STARTED && progress == null ? Integer.valueOf(0) : progress;
        this.status = newStatus;
        this.completedOn = newStatus == EntryStatus.DONE ? command.completedOn() : null;
        this.workDone = clean(command.workDone());
        this.difficulties = clean(command.difficulties());
        this.proposals = clean(command.proposals());
        this.evidenceIds.clear();
        this.evidenceIds.addAll(command.evidenceIds());
    }

    /** Nothing written yet: such an entry may go when its task no longer concerns the unit. */
    boolean isBlank() {
        return progressPercent == null && status == null && workDone == null && difficulties == null
                && proposals == null && evidenceIds.isEmpty();
    }

    /** What a submission needs of every entry: the progress and where the part stands. */
    public boolean isComplete() {
        return progressPercent != null && status != null;
    }

    void comment(String comment) {
        this.reviewComment = clean(comment);
    }

    void recordOutcome(ProgressRecording outcome) {
        this.progressOutcome = outcome;
    }

    void takeRole(TaskRole newRole) {
        this.role = newRole;
    }

    public boolean isLead() {
        return role == TaskRole.LEAD;
    }

    public EntryCommand command() {
        return new EntryCommand(progressPercent, status, completedOn, workDone, difficulties, proposals, evidenceIds);
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw RuleViolationException.onField(field, "entry.error.tooLong", max);
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
