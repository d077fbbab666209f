package vn.reformtrack.evidence.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lombok.Data;

/**
 * A page asking for the upload widget of one of its forms ({@code GET /evidence/upload-widget}): the id the page gave
 * it (its list of linked files is {@code id + "-files"}), the unit the files belong to, the field that links them.
 */
@Data
class UploadWidgetRequest {

    @NotNull
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{0,63}")
    private String id;

    @NotNull
    private Long ownerUnitId;

    @Pattern(regexp = EvidenceUploadForm.LINK_FIELD)
    private String linkField;
}
