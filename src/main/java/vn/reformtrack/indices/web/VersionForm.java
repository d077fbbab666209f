package vn.reformtrack.indices.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.indices.FrameworkVersion;
import vn.reformtrack.indices.VersionCommand;

/** A methodology version as the form sends it. */
@Data
class VersionForm {

    @NotBlank
    @Size(max = 200)
    private String label;

    @Size(max = 100)
    private String legalBasis;

    private LocalDate issuedOn;

    @NotNull
    @Min(1990)
    @Max(2100)
    private Integer validFromYear;

    @Min(1990)
    @Max(2100)
    private Integer validToYear;

    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal maxTotal;

    /** A new version may start from a copy of an earlier version's criteria tree. */
    private Long copyFromVersionId;

    private long version;

    static VersionForm from(FrameworkVersion version) {
        VersionForm form = new VersionForm();
        form.setLabel(version.getLabel());
        form.setLegalBasis(version.getLegalBasis());
        form.setIssuedOn(version.getIssuedOn());
        form.setValidFromYear(version.getValidFromYear());
        form.setValidToYear(version.getValidToYear());
        form.setMaxTotal(version.getMaxTotal());
        form.setVersion(version.getVersion());
        return form;
    }

    VersionCommand toCommand() {
        return new VersionCommand(label, legalBasis, issuedOn, validFromYear, validToYear, maxTotal);
    }
}
