package vn.reformtrack.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored file as other modules see it, without its content.
 *
 * @param originalFileName the name as the uploader's computer had it (directories and control characters removed)
 * @param safeFileName     the name downloads carry: no characters that file systems refuse, the extension of the
 *                         detected type
 * @param contentType      the type detected from the content, e.g. {@code application/pdf}
 * @param sha256           lower-case hex
 */
public record EvidenceSummary(
        long id,
        long ownerUnitId,
        String originalFileName,
        String safeFileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String documentNumber,
        LocalDate documentDate,
        String issuer,
        String description,
        String uploadedBy,
        Instant uploadedAt) {

    public EvidenceDetails details() {
        return new EvidenceDetails(documentNumber, documentDate, issuer, description);
    }
}
