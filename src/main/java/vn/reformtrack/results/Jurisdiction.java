package vn.reformtrack.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * A province or centrally-run city of the national tables. The 29 that merged on 1/7/2025 name their successor;
 * their history is shown under it.
 */
@Entity
@Table(name = "jurisdiction")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Jurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String nameVi;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JurisdictionKind kind;

    private String formerNameVi;

    private LocalDate mergedOn;

    private Long successorId;

    @Column(nullable = false, length = 500)
    private String searchKey;

    Jurisdiction(String code, String nameVi, String nameEn, JurisdictionKind kind, String formerNameVi) {
        this.code = code.strip();
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn;
        this.kind = kind;
        this.formerNameVi = formerNameVi == null || formerNameVi.isBlank() ? null : formerNameVi.strip();
        this.searchKey = VietnameseText.fold(code + " " + nameVi + " " + (nameEn == null ? "" : nameEn));
    }

    void mergeInto(Jurisdiction successor, LocalDate on) {
        this.successorId = successor.getId();
        this.mergedOn = on;
    }

    /** Still a unit of the national tables in that year (a merged province last appears in the 2024 tables). */
    public boolean existsIn(int year) {
        return mergedOn == null || year < mergedOn.getYear();
    }

    JurisdictionSummary summary() {
        return new JurisdictionSummary(id, code, nameVi, nameEn, kind, formerNameVi, mergedOn, successorId);
    }
}
