package vn.reformtrack.unitindex;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A member of a round's appraisal council (thành viên Hội đồng thẩm định): a person's account and the areas (top-level
 * criteria of the groups' sets) they appraise for every unit, e.g. Sở Tư pháp's official for "Cải cách thể chế". A
 * member appraises areas of their own department; any other area only with the chair's reason, kept here.
 */
@Entity
@Audited
@Table(name = "unit_index_member")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CouncilMember extends AuditedEntity {

    private long roundId;
    private long userId;

    @ElementCollection
    @CollectionTable(name = "unit_index_member_area", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    /** Why the member appraises areas their department does not own (null when all are their department's). */
    private String outsideReason;

    CouncilMember(long roundId, long userId) {
        this.roundId = roundId;
        this.userId = userId;
    }

    /** The areas, and the chair's reason for those outside the member's department (checked already; null if none). */
    void assignAreas(Set<Long> areas, String outsideReason) {
        areaIds.clear();
        areaIds.addAll(areas);
        this.outsideReason = outsideReason == null || outsideReason.isBlank() ? null : outsideReason.strip();
    }

    public boolean appraises(long areaId) {
        return areaIds.contains(areaId);
    }
}
