package vn.reformtrack.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * One leaf criterion in a round: who answers for it, the unit's self-score with how it was reached and its evidence,
 * Home Affairs' appraisal beside it (never over it), or Home Affairs' estimate for a survey criterion. It guards its
 * own transitions ({@link ItemStatus}); scores reach it already checked against the criterion ({@link SelfScore}).
 */
@Entity
@Audited
@Table(name = "assessment_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AssessmentItem extends AuditedEntity {

    private long roundId;

    private long criterionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntryMode entry;

    private Long responsibleUnitId;

    @ElementCollection
    @CollectionTable(name = "assessment_item_coordinating_unit", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "unit_id")
    private Set<Long> coordinatingUnitIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "assessment_item_evidence", joinColumns = @JoinColumn(name = "item_id"))
    private Set<Attachment> attachments = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ItemStatus status = ItemStatus.DRAFT;

    private BigDecimal selfScore;
    private String explanation;
    private String noEvidenceReason;
    private Instant recordedAt;
    private String recordedBy;
    private Instant submittedAt;
    private String submittedBy;

    private BigDecimal appraisedScore;
    private String appraisalReason;
    private Instant appraisedAt;
    private String appraisedBy;
    private String returnComment;
    private Instant returnedAt;
    private String returnedBy;

    private BigDecimal estimate;
    private String estimateBasis;
    private Instant estimatedAt;
    private String estimatedBy;

    /** Which files were linked and unlinked by one change of a unit's attachments. */
    public record AttachmentChange(Set<Long> added, Set<Long> removed) {

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    AssessmentItem(long roundId, long criterionId, EntryMode entry, Long responsibleUnitId, Set<Long> coordinatingUnitIds) {
        this.roundId = roundId;
        this.criterionId = criterionId;
        this.entry = entry;
        this.responsibleUnitId = responsibleUnitId;
        this.coordinatingUnitIds.addAll(coordinatingUnitIds);
        if (responsibleUnitId != null) {
            this.coordinatingUnitIds.remove(responsibleUnitId);
        }
    }

    /**
     * Who answers for it and how it is scored. A criterion already sent by its unit is not reassigned (return it
     * first); the way it is scored changes only while nothing was recorded for it.
     */
    void assign(EntryMode newEntry, Long unitId, Set<Long> coordinating) {
        if (status == ItemStatus.SUBMITTED || status == ItemStatus.APPRAISED) {
            throw new RuleViolationException("item.error.assign.submitted");
        }
        if (newEntry != entry && hasAnythingRecorded()) {
            throw new RuleViolationException("item.error.assign.entryRecorded");
        }
        this.entry = newEntry;
        this.responsibleUnitId = unitId;
        this.coordinatingUnitIds.clear();
        this.coordinatingUnitIds.addAll(coordinating);
        if (unitId != null) {
            this.coordinatingUnitIds.remove(unitId);
        }
    }

    /** The responsible unit's draft: its self-score (checked already; null while unknown) and how it was reached. */
    void record(BigDecimal score, String explanation, String noEvidenceReason, String by, Instant at) {
        requireEditableByUnit();
        this.selfScore = score;
        this.explanation = blankToNull(explanation);
        this.noEvidenceReason = blankToNull(noEvidenceReason);
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** Sets one unit's files to exactly {@code evidenceIds}; the other units' files stay as they are. */
    AttachmentChange replaceAttachments(long unitId, Set<Long> evidenceIds, String by, Instant at) {
        Set<Long> before = new HashSet<>();
        attachments.stream().filter(a -> a.getUnitId() == unitId).forEach(a -> before.add(a.getEvidenceId()));
        Set<Long> removed = new HashSet<>(before);
        removed.removeAll(evidenceIds);
        Set<Long> added = new HashSet<>(evidenceIds);
        added.removeAll(before);
        attachments.removeIf(a -> a.getUnitId() == unitId && removed.contains(a.getEvidenceId()));
        // A file another unit linked already stays theirs: linking it again changes nothing.
        Set<Long> linkedByOthers = new HashSet<>();
        attachments.forEach(a -> linkedByOthers.add(a.getEvidenceId()));
        added.removeAll(linkedByOthers);
        added.forEach(id -> attachments.add(new Attachment(id, unitId, at, by)));
        return new AttachmentChange(Set.copyOf(added), Set.copyOf(removed));
    }

    /**
     * Sent to Home Affairs with the rest of the unit's part. Refused without a self-score, or when it scores above zero
     * with neither evidence nor a written reason why there is none.
     */
    void submit(String by, Instant at) {
        requireEditableByUnit();
        if (selfScore == null) {
            throw new RuleViolationException("item.error.submit.noScore");
        }
        if (lacksEvidence()) {
            throw new RuleViolationException("item.error.submit.noEvidence");
        }
        this.status = ItemStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    /** Home Affairs accepts the self-score as it stands. */
    void accept(String reason, String by, Instant at) {
        requireAppraisable();
        appraise(selfScore, reason, by, at);
    }

    /** Home Affairs sets another score (checked already), always with the reason. */
    void adjust(BigDecimal score, String reason, String by, Instant at) {
        requireAppraisable();
        if (score.compareTo(selfScore) != 0 && blankToNull(reason) == null) {
            throw RuleViolationException.onField("reason", "item.error.adjust.reason");
        }
        appraise(score, reason, by, at);
    }

    /** Back to the unit with a comment: it corrects and submits again; an appraisal made is withdrawn. */
    void returnToUnit(String comment, String by, Instant at) {
        requireAppraisable();
        if (blankToNull(comment) == null) {
            throw RuleViolationException.onField("comment", "item.error.return.comment");
        }
        this.status = ItemStatus.RETURNED;
        this.returnComment = comment.strip();
        this.returnedAt = at;
        this.returnedBy = by;
        this.appraisedScore = null;
        this.appraisalReason = null;
        this.appraisedAt = null;
        this.appraisedBy = null;
    }

    /** Home Affairs' estimate of a survey criterion (checked already), with its basis. */
    void estimate(BigDecimal value, String basis, String by, Instant at) {
        if (entry != EntryMode.ESTIMATE) {
            throw new RuleViolationException("item.error.estimate.notEstimated");
        }
        if (blankToNull(basis) == null) {
            throw RuleViolationException.onField("basis", "item.error.estimate.basis");
        }
        this.estimate = value;
        this.estimateBasis = basis.strip();
        this.estimatedAt = at;
        this.estimatedBy = by;
        this.status = ItemStatus.ESTIMATED;
    }

    /** Where the projected score comes from. */
    public ScorePart part() {
        return ScorePart.of(entry, status, selfScore, estimate);
    }

    /** The score the projection counts: appraised, else self-score, else estimate; null when missing. */
    public BigDecimal projectedScore() {
        return part().pick(selfScore, appraisedScore, estimate);
    }

    /** Scores above zero with neither an evidence file nor a reason why there is none. */
    public boolean lacksEvidence() {
        return selfScore != null && selfScore.signum() > 0 && attachments.isEmpty() && noEvidenceReason == null;
    }

    public boolean isAnsweredBy(long unitId) {
        return Objects.equals(responsibleUnitId, unitId);
    }

    public boolean isCoordinatedBy(long unitId) {
        return coordinatingUnitIds.contains(unitId);
    }

    /** The files one unit linked, in the order they were linked. */
    public List<Attachment> attachmentsOf(long unitId) {
        return attachments.stream().filter(a -> a.getUnitId() == unitId)
                .sorted(java.util.Comparator.comparing(Attachment::getAttachedAt).thenComparing(Attachment::getEvidenceId))
                .toList();
    }

    boolean hasAnythingRecorded() {
        return selfScore != null || explanation != null || estimate != null || !attachments.isEmpty();
    }

    private void requireEditableByUnit() {
        if (entry != EntryMode.UNIT) {
            throw new RuleViolationException("item.error.record.estimated");
        }
        if (!status.editableByUnit()) {
            throw new RuleViolationException("item.error.record.submitted");
        }
    }

    private void requireAppraisable() {
        if (entry != EntryMode.UNIT || !status.awaitsOrHasAppraisal()) {
            throw new RuleViolationException("item.error.appraise.notSubmitted");
        }
    }

    private void appraise(BigDecimal score, String reason, String by, Instant at) {
        this.appraisedScore = score;
        this.appraisalReason = blankToNull(reason);
        this.appraisedAt = at;
        this.appraisedBy = by;
        this.status = ItemStatus.APPRAISED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
