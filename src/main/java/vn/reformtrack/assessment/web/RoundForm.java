package vn.reformtrack.assessment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.assessment.OpenRoundCommand;
import vn.reformtrack.assessment.RoundSubject;

/** A new round of the province as the browser sends it. {@code deadline} reads dd/MM/yyyy or ISO. */
@Data
class RoundForm {

    @NotNull
    private Long versionId;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    private LocalDate deadline;

    OpenRoundCommand toCommand() {
        return new OpenRoundCommand(versionId, year, RoundSubject.province(), deadline);
    }
}
