package vn.reformtrack.indices;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A node of a criteria tree: an area, a criterion, a sub-criterion (any depth), with its code ({@code 1},
 * {@code 1.2}, {@code 1.2.3}), maximum points, how it is assessed, and the units that answer for it by default.
 * Never deleted once results or tasks point at it: it is retired.
 */
@Entity
@Audited
@Table(name = "criterion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Criterion extends AuditedEntity {

    private long versionId;

    private Long parentId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 1000)
    private String nameVi;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CriterionKind kind;

    private BigDecimal maxPoints;

    private BigDecimal scoreStep;

    private BigDecimal weightPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentMethod assessment;

    private int position;

    private Long leadUnitId;

    @ElementCollection
    @CollectionTable(name = "criterion_coordinating_unit", joinColumns = @JoinColumn(name = "criterion_id"))
    @Column(name = "unit_id")
    private Set<Long> coordinatingUnitIds = new HashSet<>();

    private boolean retired;

    Criterion(long versionId, Long parentId, String code, int position) {
        this.versionId = versionId;
        this.parentId = parentId;
        this.code = code.strip();
        this.position = position;
    }

    void describe(String nameVi, String nameEn, CriterionKind kind, BigDecimal maxPoints, BigDecimal scoreStep,
            BigDecimal weightPercent, AssessmentMethod assessment) {
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.kind = kind;
        this.maxPoints = maxPoints;
        this.scoreStep = scoreStep;
        this.weightPercent = weightPercent;
        this.assessment = assessment;
    }

    void assignUnits(Long leadUnitId, Set<Long> coordinatingUnitIds) {
        this.leadUnitId = leadUnitId;
        this.coordinatingUnitIds.clear();
        this.coordinatingUnitIds.addAll(coordinatingUnitIds);
        if (leadUnitId != null) {
            this.coordinatingUnitIds.remove(leadUnitId);
        }
    }

    void moveTo(Long parentId, String code, int position) {
        this.parentId = parentId;
        this.code = code.strip();
        this.position = position;
    }

    void reorder(int position) {
        this.position = position;
    }

    void retire() {
        this.retired = true;
    }

    void reinstate() {
        this.retired = false;
    }
}
