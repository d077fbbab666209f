package vn.reformtrack.organization;

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
import vn.reformtrack.shared.text.VietnameseText;

/** A unit of the province (đơn vị). Never deleted: tasks, reports and users point at it; it is deactivated. */
@Entity
@Audited
@Table(name = "unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit extends AuditedEntity {

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitType type;

    private Long parentId;

    private boolean active = true;

    @Column(nullable = false, length = 500)
    private String searchKey;

    Unit(String code, String name, UnitType type, Long parentId) {
        describe(code, name, type, parentId);
    }

    void describe(String code, String name, UnitType type, Long parentId) {
        this.code = code.strip();
        this.name = name.strip();
        this.type = type;
        this.parentId = parentId;
        this.searchKey = VietnameseText.fold(this.code + " " + this.name);
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    UnitSummary summary() {
        return new UnitSummary(getId(), code, name, type, parentId, active);
    }
}
