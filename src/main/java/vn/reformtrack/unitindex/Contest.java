package vn.reformtrack.unitindex;

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
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A unit head's explanation (giải trình) of one preliminary score, with new evidence, and the council's answer: the
 * score kept, or changed, with the reason either way. One per score; the score before and after stay on record.
 */
@Entity
@Audited
@Table(name = "unit_index_contest")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Contest extends AuditedEntity {

    private long roundId;
    private long scoreId;
    private long unitId;
    private String explanation;
    private Instant raisedAt;
    private String raisedBy;
    private BigDecimal scoreBefore;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ContestAnswer answer;

    private String answerReason;
    private BigDecimal scoreAfter;
    private Instant answeredAt;
    private String answeredBy;

    @ElementCollection
    @CollectionTable(name = "unit_index_contest_evidence", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "evidence_id")
    private Set<Long> evidenceIds = new HashSet<>();

    Contest(UnitScore score, String explanation, Set<Long> evidenceIds, String by, Instant at) {
        if (explanation == null || explanation.isBlank()) {
            throw RuleViolationException.onField("explanation", "unitindex.contest.error.explanation");
        }
        this.roundId = score.getRoundId();
        this.scoreId = score.getId();
        this.unitId = score.getUnitId();
        this.explanation = explanation.strip();
        this.evidenceIds.addAll(evidenceIds);
        this.scoreBefore = score.finalScore() == null ? BigDecimal.ZERO : score.finalScore();
        this.raisedAt = at;
        this.raisedBy = by;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    /** The score stays as it was. */
    void keep(String reason, String by, Instant at) {
        requireOpen();
        requireReason(reason);
        this.answer = ContestAnswer.KEPT;
        this.answerReason = reason.strip();
        this.answeredAt = at;
        this.answeredBy = by;
    }

    /** The score becomes {@code score} (checked already, and different from the one contested). */
    void change(BigDecimal score, String reason, String by, Instant at) {
        requireOpen();
        requireReason(reason);
        if (score.compareTo(scoreBefore) == 0) {
            throw RuleViolationException.onField("score", "unitindex.contest.error.sameScore");
        }
        this.answer = ContestAnswer.CHANGED;
        this.scoreAfter = score;
        this.answerReason = reason.strip();
        this.answeredAt = at;
        this.answeredBy = by;
    }

    private void requireOpen() {
        if (answer != null) {
            throw new RuleViolationException("unitindex.contest.error.answered");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.onField("reason", "unitindex.contest.error.reason");
        }
    }
}
