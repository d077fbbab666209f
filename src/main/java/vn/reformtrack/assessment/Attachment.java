package vn.reformtrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An evidence file backing a criterion, as part of one unit's contribution: the responsible unit's own files, or a
 * coordinating unit's. Two attachments are the same when they link the same file.
 */
@Embeddable
@Getter
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Attachment {

    @EqualsAndHashCode.Include
    @Column(name = "evidence_id", nullable = false)
    private long evidenceId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", nullable = false, length = 50)
    private String attachedBy;

    Attachment(long evidenceId, long unitId, Instant attachedAt, String attachedBy) {
        this.evidenceId = evidenceId;
        this.unitId = unitId;
        this.attachedAt = attachedAt;
        this.attachedBy = attachedBy;
    }
}
