package vn.reformtrack.reporting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Data;

/** A year's calendar in one step: the year, the days after each span the reports are due, and the grace days. */
@Data
class GenerateForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    @Min(0)
    @Max(366)
    private Integer dueDaysAfterEnd;

    @Min(0)
    @Max(366)
    private Integer graceDays;
}
