package vn.reformtrack.evidence.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.web.multipart.MultipartFile;
import vn.reformtrack.evidence.EvidenceDetails;

/**
 * One upload as the browser sends it (multipart). {@code documentDate} reads {@code dd/MM/yyyy} or ISO.
 * {@code linkField} is sent by the upload widget inside another module's form: the answer then carries a hidden input
 * of that name with the new file's id, so the enclosing form links it.
 */
@Data
class EvidenceUploadForm {

    /** A form field's name, as Spring binds it (evidenceIds, documentId, items[0].evidenceIds). */
    static final String LINK_FIELD = "[A-Za-z][A-Za-z0-9_.\\[\\]]{0,79}";

    private MultipartFile file;

    @NotNull(message = "{evidence.error.noUnit}")
    private Long ownerUnitId;

    @Size(max = 100)
    private String documentNumber;

    private LocalDate documentDate;

    @Size(max = 255)
    private String issuer;

    @Size(max = 1000)
    private String description;

    @Pattern(regexp = LINK_FIELD)
    private String linkField;

    boolean hasFile() {
        boolean unnamed = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty();
        return file != null && !(file.isEmpty() && unnamed);
    }

    EvidenceDetails details() {
        return new EvidenceDetails(documentNumber, documentDate, issuer, description);
    }
}
