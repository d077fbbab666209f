package vn.reformtrack.indices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/** An index (bộ chỉ số): PAR Index, SIPAS, PAPI, PCI, or one the province defines for its own units. */
@Entity
@Audited
@Table(name = "index_framework")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndexFramework extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String nameVi;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IndexScale scale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IndexSubject subject;

    private boolean active = true;

    IndexFramework(String code, String nameVi, String nameEn, IndexScale scale, IndexSubject subject) {
        this.code = code.strip().toUpperCase(java.util.Locale.ROOT);
        describe(nameVi, nameEn, scale, subject);
    }

    void describe(String nameVi, String nameEn, IndexScale scale, IndexSubject subject) {
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.scale = scale;
        this.subject = subject;
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    FrameworkSummary summary() {
        return new FrameworkSummary(getId(), code, nameVi, nameEn, scale, subject, active);
    }
}
