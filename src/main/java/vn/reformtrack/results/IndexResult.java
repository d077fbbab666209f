package vn.reformtrack.results;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A published result: one province, one index, one year — its total and rank "of how many". Either may be unknown
 * (news often gives only one); a rank may be a range ("59–63") when only the group was published.
 */
@Entity
@Audited
@Table(name = "index_result")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndexResult extends AuditedEntity {

    private long frameworkId;

    private Long versionId;

    private int year;

    private long jurisdictionId;

    private BigDecimal total;

    private Integer rank;

    private Integer rankTo;

    private int ofTotal;

    private boolean rankComputed;

    private String source;

    private String sourceDecision;

    IndexResult(long frameworkId, Long versionId, int year, long jurisdictionId) {
        this.frameworkId = frameworkId;
        this.versionId = versionId;
        this.year = year;
        this.jurisdictionId = jurisdictionId;
    }

    void record(BigDecimal total, Integer rank, Integer rankTo, int ofTotal, String source, String sourceDecision) {
        this.total = total;
        this.rank = rank;
        this.rankTo = rankTo;
        this.ofTotal = ofTotal;
        this.rankComputed = false;
        this.source = source;
        this.sourceDecision = sourceDecision;
    }

    /** A rank the publisher did not give, computed from a complete table of totals. */
    void computedRank(int rank) {
        this.rank = rank;
        this.rankTo = null;
        this.rankComputed = true;
    }

    /** The table is no longer complete: a computed rank no longer holds. */
    void clearComputedRank() {
        if (rankComputed) {
            this.rank = null;
            this.rankTo = null;
            this.rankComputed = false;
        }
    }
}
