package vn.reformtrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A self-assessment round: one subject scored against one methodology version for one year, e.g. the province on the
 * PAR Index 2025. Prepared by Home Affairs (criteria assigned to units), started (units record until the deadline),
 * closed. Its subject is the province ({@link IndexSubject#PROVINCE}) or, for a province's internal index, one of its
 * units ({@link IndexSubject#UNIT} with {@link #getSubjectUnitId()}). It guards its own transitions.
 */
@Entity
@Audited
@Table(name = "assessment_round")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AssessmentRound extends AuditedEntity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private long frameworkId;

    private long versionId;

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IndexSubject subjectType;

    private Long subjectUnitId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RoundStatus status = RoundStatus.PREPARING;

    private Instant startedAt;

    private String startedBy;

    private Instant closedAt;

    private String closedBy;

    AssessmentRound(long frameworkId, long versionId, int year, IndexSubject subjectType, Long subjectUnitId,
            LocalDate deadline) {
        if ((subjectType == IndexSubject.UNIT) != (subjectUnitId != null)) {
            throw new IllegalArgumentException("A unit round names its unit, a province round none");
        }
        this.frameworkId = frameworkId;
        this.versionId = versionId;
        this.year = year;
        this.subjectType = subjectType;
        this.subjectUnitId = subjectUnitId;
        this.deadline = deadline;
    }

    /** Units may start recording: refused unless the round is being prepared and every criterion has its unit. */
    void start(String by, Instant at, long unassignedCriteria) {
        if (status != RoundStatus.PREPARING) {
            throw new RuleViolationException("round.error.start.notPreparing");
        }
        if (unassignedCriteria > 0) {
            throw new RuleViolationException("round.error.start.unassigned", unassignedCriteria);
        }
        this.status = RoundStatus.OPEN;
        this.startedAt = at;
        this.startedBy = by;
    }

    /** Nothing in the round changes any more. Only an open round closes. */
    void close(String by, Instant at) {
        if (status != RoundStatus.OPEN) {
            throw new RuleViolationException("round.error.close.notOpen");
        }
        this.status = RoundStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    void changeDeadline(LocalDate newDeadline) {
        requireNotClosed();
        this.deadline = newDeadline;
    }

    void requireNotClosed() {
        if (status == RoundStatus.CLOSED) {
            throw new RuleViolationException("round.error.closed");
        }
    }

    /** Units record, contribute and submit only in an open round, up to and including its deadline. */
    void requireOpenForUnits(LocalDate today) {
        if (status == RoundStatus.PREPARING) {
            throw new RuleViolationException("round.error.notStarted");
        }
        requireNotClosed();
        if (today.isAfter(deadline)) {
            throw new RuleViolationException("round.error.pastDeadline", DATE.format(deadline));
        }
    }

    public boolean isPreparing() {
        return status == RoundStatus.PREPARING;
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public boolean isClosed() {
        return status == RoundStatus.CLOSED;
    }

    /** Units see a round once it has started. */
    public boolean isVisibleToUnits() {
        return status != RoundStatus.PREPARING;
    }

    public boolean acceptsUnitWork(LocalDate today) {
        return status == RoundStatus.OPEN && !today.isAfter(deadline);
    }
}
