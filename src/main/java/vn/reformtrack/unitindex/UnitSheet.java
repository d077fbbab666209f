package vn.reformtrack.unitindex;

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
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A unit's part of a round (phiếu tự đánh giá): its group and criteria set, submitted once by its head. A unit that
 * missed the deadline may be given a later one of its own.
 */
@Entity
@Audited
@Table(name = "unit_index_sheet")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitSheet extends AuditedEntity {

    private long roundId;
    private long unitId;
    private long groupId;
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SheetStatus status = SheetStatus.DRAFT;

    private Instant submittedAt;
    private String submittedBy;
    private LocalDate extendedUntil;

    UnitSheet(long roundId, long unitId, long groupId, long versionId) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.groupId = groupId;
        this.versionId = versionId;
    }

    /** The last day this unit may record and submit: its own extension, else the round's deadline. */
    public LocalDate deadline(UnitIndexRound round) {
        LocalDate roundDeadline = round.getSelfAssessmentDeadline();
        return extendedUntil != null && extendedUntil.isAfter(roundDeadline) ? extendedUntil : roundDeadline;
    }

    public boolean isSubmitted() {
        return status == SheetStatus.SUBMITTED;
    }

    /** Not submitted and past its deadline. */
    public boolean isLate(UnitIndexRound round, LocalDate today) {
        return !isSubmitted() && today.isAfter(deadline(round));
    }

    /** The unit may record: the round is open, the sheet not submitted, the deadline not passed. */
    void requireRecordable(UnitIndexRound round, LocalDate today) {
        round.requireOpen();
        if (isSubmitted()) {
            throw new RuleViolationException("unitindex.sheet.error.submitted");
        }
        if (today.isAfter(deadline(round))) {
            throw new RuleViolationException("unitindex.sheet.error.pastDeadline", UnitIndexHistory.DATE.format(deadline(round)));
        }
    }

    /** The council may appraise once the unit has submitted, or once its deadline has passed without it. */
    public boolean isAppraisable(UnitIndexRound round, LocalDate today) {
        return round.isOpen() && (isSubmitted() || today.isAfter(deadline(round)));
    }

    void submit(UnitIndexRound round, String by, Instant at, LocalDate today) {
        requireRecordable(round, today);
        this.status = SheetStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    /** A later deadline for this unit alone (a unit that has not submitted, in an open round). */
    void extend(UnitIndexRound round, LocalDate until, LocalDate today) {
        round.requireOpen();
        if (isSubmitted()) {
            throw new RuleViolationException("unitindex.sheet.error.submitted");
        }
        if (until == null || until.isBefore(today)) {
            throw RuleViolationException.onField("until", "unitindex.sheet.error.extensionPast");
        }
        this.extendedUntil = until;
    }
}
