package vn.reformtrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.reformtrack.planning.FieldChange;

/**
 * A line of a round's history: who changed what, when, on the round or on one of its criteria. Written once, never
 * changed. Field labels are message keys; values are as pages show them (scores as plain decimals, enum values as
 * their message keys).
 */
@Entity
@Table(name = "assessment_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AssessmentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;

    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AssessmentChangeKind kind;

    @Column(nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 50)
    private String changedBy;

    private String details;

    AssessmentChange(long roundId, Long itemId, AssessmentChangeKind kind, Instant changedAt, String changedBy,
            List<FieldChange> fields) {
        this.roundId = roundId;
        this.itemId = itemId;
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.details = FieldChange.encode(fields);
    }

    /** A line as a plain read shows it (not managed: pages only show it). */
    static AssessmentChange read(long roundId, Long itemId, AssessmentChangeKind kind, Instant changedAt,
            String changedBy, String details) {
        AssessmentChange change = new AssessmentChange();
        change.roundId = roundId;
        change.itemId = itemId;
        change.kind = kind;
        change.changedAt = changedAt;
        change.changedBy = changedBy;
        change.details = details;
        return change;
    }

    /** The fields this line changed, in the order they were recorded. */
    public List<FieldChange> fields() {
        return FieldChange.decode(details);
    }
}
