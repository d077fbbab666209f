package vn.reformtrack.results;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/** The own province's score on one criterion in a result. Points lost = the criterion's maximum − score. */
@Entity
@Audited
@Table(name = "criterion_score")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CriterionScore extends AuditedEntity {

    private long resultId;

    private long criterionId;

    private BigDecimal score;

    private String note;

    CriterionScore(long resultId, long criterionId) {
        this.resultId = resultId;
        this.criterionId = criterionId;
    }

    void record(BigDecimal score, String note) {
        this.score = score;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
