package vn.reformtrack.unitindex;

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
 * A line of a round's history: who changed what, when, on the round, a unit's sheet or one of its scores. Written
 * once, never changed. Field labels are message keys; values are as pages show them.
 */
@Entity
@Table(name = "unit_index_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitIndexChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;
    private Long unitId;
    private Long scoreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitIndexChangeKind kind;

    @Column(nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 50)
    private String changedBy;

    private String details;

    UnitIndexChange(long roundId, Long unitId, Long scoreId, UnitIndexChangeKind kind, Instant changedAt,
            String changedBy, List<FieldChange> fields) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.scoreId = scoreId;
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.details = FieldChange.encode(fields.stream().filter(FieldChange::changed).toList());
    }

    /** The fields this line changed, in the order they were recorded. */
    public List<FieldChange> fields() {
        return FieldChange.decode(details);
    }
}
