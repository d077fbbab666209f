package vn.reformtrack.indices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A methodology of a framework (e.g. PAR Index under 876/QĐ-BNV, from the 2022 results). A new methodology is a new
 * version with its own criteria tree; results and tasks keep pointing at the version they belong to.
 */
@Entity
@Audited
@Table(name = "framework_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FrameworkVersion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private IndexFramework framework;

    @Column(nullable = false, length = 200)
    private String label;

    private String legalBasis;

    private LocalDate issuedOn;

    private int validFromYear;

    private Integer validToYear;

    private BigDecimal maxTotal;

    private boolean retired;

    FrameworkVersion(IndexFramework framework, String label) {
        this.framework = framework;
        this.label = label.strip();
    }

    void describe(String label, String legalBasis, LocalDate issuedOn, int validFromYear, Integer validToYear,
            BigDecimal maxTotal) {
        this.label = label.strip();
        this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        this.issuedOn = issuedOn;
        this.validFromYear = validFromYear;
        this.validToYear = validToYear;
        this.maxTotal = maxTotal;
    }

    public boolean appliesTo(int year) {
        return year >= validFromYear && (validToYear == null || year <= validToYear);
    }

    void retire() {
        this.retired = true;
    }

    void reinstate() {
        this.retired = false;
    }

    VersionSummary summary() {
        return new VersionSummary(getId(), framework.getId(), framework.getCode(), label, legalBasis, issuedOn,
                validFromYear, validToYear, maxTotal, retired);
    }
}
