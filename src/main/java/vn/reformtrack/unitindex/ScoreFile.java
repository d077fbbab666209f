package vn.reformtrack.unitindex;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An evidence file of the unit backing a score. Two are the same when they link the same file. */
@Embeddable
@Getter
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ScoreFile {

    @EqualsAndHashCode.Include
    @Column(name = "evidence_id", nullable = false)
    private long evidenceId;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", nullable = false, length = 50)
    private String attachedBy;

    ScoreFile(long evidenceId, Instant attachedAt, String attachedBy) {
        this.evidenceId = evidenceId;
        this.attachedAt = attachedAt;
        this.attachedBy = attachedBy;
    }
}
