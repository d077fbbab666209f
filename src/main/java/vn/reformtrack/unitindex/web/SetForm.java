package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.indices.VersionCommand;

/**
 * A year's criteria set as typed: the methodology's label and issuing decision (e.g. "2211/QĐ-UBND 31/8/2025" and
 * "2211/QĐ-UBND"), its date; it applies from {@code year} on (an earlier set still in force then ends the year before).
 */
@Data
class SetForm {

    @NotBlank
    @Size(max = 200)
    private String label;

    @Size(max = 100)
    private String legalBasis;

    private LocalDate issuedOn;

    private Integer year;

    private boolean copy;

    VersionCommand toCommand() {
        return new VersionCommand(label, legalBasis, issuedOn, year, null, null);
    }
}
