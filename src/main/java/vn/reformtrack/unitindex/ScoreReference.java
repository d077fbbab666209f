package vn.reformtrack.unitindex;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One of the unit's periodic reports or tasks of the year, named as evidence of a score. */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ScoreReference {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ReferenceKind kind;

    @Column(name = "ref_id", nullable = false)
    private long refId;

    ScoreReference(ReferenceKind kind, long refId) {
        this.kind = kind;
        this.refId = refId;
    }
}
