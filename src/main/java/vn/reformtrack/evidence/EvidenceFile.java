package vn.reformtrack.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.text.VietnameseText;

/** The metadata of one stored file; its bytes are in {@code evidence_chunk} (see {@link EvidenceChunks}). Immutable. */
@Entity
@Audited
@Table(name = "evidence_file")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EvidenceFile extends AuditedEntity {

    private long ownerUnitId;

    @Column(nullable = false, length = 255)
    private String originalFileName;

    @Column(nullable = false, length = 255)
    private String safeFileName;

    @Column(nullable = false, length = 100)
    private String contentType;

    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(length = 100)
    private String documentNumber;

    private LocalDate documentDate;

    @Column(length = 255)
    private String issuer;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false, length = 1700)
    private String searchKey;

    @Column(nullable = false, length = 50)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    EvidenceFile(long ownerUnitId, String originalFileName, AcceptedType type, SpooledUpload upload,
            EvidenceDetails details, String uploadedBy, Instant uploadedAt) {
        this.ownerUnitId = ownerUnitId;
        this.originalFileName = originalFileName;
        this.safeFileName = EvidenceFileName.safe(originalFileName, type);
        this.contentType = type.mediaType();
        this.sizeBytes = upload.size();
        this.sha256 = upload.sha256();
        this.documentNumber = details.documentNumber();
        this.documentDate = details.documentDate();
        this.issuer = details.issuer();
        this.description = details.description();
        this.searchKey = VietnameseText.fold(String.join(" ", originalFileName, nonNull(documentNumber),
                nonNull(issuer), nonNull(description)));
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    EvidenceSummary summary() {
        return new EvidenceSummary(getId(), ownerUnitId, originalFileName, safeFileName, contentType, sizeBytes, sha256,
                documentNumber, documentDate, issuer, description, uploadedBy, uploadedAt);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
