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
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * An improvement plan (kế hoạch), e.g. 205/KH-UBND of 24/08/2022. Drafted, then issued once signed (units see its
 * tasks from then on), then closed at the end of its year. It guards its own transitions: {@link #issue},
 * {@link #close}; its header is written only while it is a draft.
 */
@Entity
@Audited
@Table(name = "plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Plan extends AuditedEntity {

    private String documentNumber;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(nullable = false, length = 300)
    private String issuingBody;

    private String signer;

    private LocalDate issueDate;

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status = PlanStatus.DRAFT;

    private Instant issuedAt;

    private String issuedBy;

    private Instant closedAt;

    private String closedBy;

    @Column(nullable = false, length = 2000)
    private String searchKey;

    /** The signed document in the evidence store, once attached. */
    private Long signedDocumentId;

    // Loaded with the plan; for a list of plans, in one statement for up to 50 of them rather than one per plan.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "plan_framework", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "framework_id")
    private Set<Long> frameworkIds = new HashSet<>();

    /** What a plan's tasks look like when it is issued: how many, and the earliest deadline with its task. */
    public record TaskSchedule(long count, LocalDate earliestDueDate, String earliestTaskTitle) {}

    Plan(PlanCommand command) {
        write(command);
    }

    void describe(PlanCommand command) {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolationException("plan.error.headerFixed", documentNumber);
        }
        write(command);
    }

    private void write(PlanCommand command) {
        this.documentNumber = blankToNull(command.documentNumber());
        this.title = command.title().strip();
        this.issuingBody = command.issuingBody().strip();
        this.signer = blankToNull(command.signer());
        this.issueDate = command.issueDate();
        this.year = command.year();
        this.frameworkIds.clear();
        this.frameworkIds.addAll(command.frameworkIds());
        this.searchKey = VietnameseText.fold(String.join(" ",
                documentNumber == null ? "" : documentNumber, title, issuingBody, signer == null ? "" : signer));
    }

    /**
     * Signed and sent: from now on units see its tasks and every amendment is recorded. Refused unless it is a draft
     * with its number and issue date, and has tasks none of which is due before the issue date.
     */
    void issue(String by, Instant at, TaskSchedule tasks) {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolationException("plan.error.issue.notDraft");
        }
        if (documentNumber == null || issueDate == null) {
            throw new RuleViolationException("plan.error.issue.needsNumberAndDate");
        }
        if (tasks.count() == 0) {
            throw new RuleViolationException("plan.error.issue.noTasks");
        }
        if (tasks.earliestDueDate() != null && tasks.earliestDueDate().isBefore(issueDate)) {
            throw new RuleViolationException("plan.error.issue.taskDueBeforeIssue", tasks.earliestTaskTitle());
        }
        this.status = PlanStatus.ISSUED;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    /** The plan's year is over: nothing in it changes any more. Only an issued plan closes. */
    void close(String by, Instant at) {
        if (status != PlanStatus.ISSUED) {
            throw new RuleViolationException("plan.error.close.notIssued");
        }
        this.status = PlanStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    /** The signed document (a file of the evidence store); replacing it is allowed, and recorded once issued. */
    void attachSignedDocument(long evidenceId) {
        this.signedDocumentId = evidenceId;
    }

    /** Targets and tasks change while the plan is a draft or issued (then as recorded amendments), not once closed. */
    void requireOpenForChanges() {
        if (status == PlanStatus.CLOSED) {
            throw new RuleViolationException("plan.error.closed", documentNumber);
        }
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** Units see a plan's tasks once it is issued. */
    public boolean isVisibleToUnits() {
        return status != PlanStatus.DRAFT;
    }

    /** Changes are recorded as amendments once the plan is issued; a draft is simply being written. */
    boolean recordsAmendments() {
        return status != PlanStatus.DRAFT;
    }

    /** The earliest deadline a task may have: the issue date, or while that is unknown the first day of the year. */
    public LocalDate earliestDeadline() {
        return issueDate != null ? issueDate : Year.of(year).atDay(1);
    }

    /** The day recurring and all-year tasks are due by. */
    public LocalDate yearEnd() {
        return Year.of(year).atMonth(12).atEndOfMonth();
    }

    /** "205/KH-UBND", or the title while a draft has no number yet. */
    public String label() {
        return documentNumber != null ? documentNumber : title;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
