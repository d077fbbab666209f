package vn.reformtrack.evidence;

import java.time.LocalDate;

/**
 * What the uploader says about the document, all optional: its number and symbol (số hiệu, e.g.
 * {@code 205/KH-UBND}), date, issuing body (cơ quan ban hành) and a description. Blank texts become {@code null}.
 */
public record EvidenceDetails(String documentNumber, LocalDate documentDate, String issuer, String description) {

    public EvidenceDetails {
        documentNumber = blankToNull(documentNumber);
        issuer = blankToNull(issuer);
        description = blankToNull(description);
    }

    public static EvidenceDetails none() {
        return new EvidenceDetails(null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
