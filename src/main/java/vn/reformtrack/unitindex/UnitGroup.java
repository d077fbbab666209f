package vn.reformtrack.unitindex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A group of units ranked together on one criteria set, e.g. "Sở, ban, ngành có thủ tục hành chính", "UBND cấp xã".
 * Its criteria sets are the methodology versions of its framework in the indices catalogue (one a year or several
 * years); two groups may share a framework. Units join a group year by year.
 */
@Entity
@Audited
@Table(name = "unit_index_group")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitGroup extends AuditedEntity {

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String nameVi;

    private String nameEn;

    private long frameworkId;

    private int position;

    private boolean active = true;

    UnitGroup(String code, long frameworkId, int position) {
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.frameworkId = frameworkId;
        this.position = position;
    }

    void describe(String nameVi, String nameEn) {
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
