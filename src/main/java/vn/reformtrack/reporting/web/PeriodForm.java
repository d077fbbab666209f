package vn.reformtrack.reporting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.reporting.PeriodCommand;
import vn.reformtrack.reporting.PeriodKind;
import vn.reformtrack.reporting.ReportingPeriod;

/** One period as the form sends it: an ad hoc one (or a missing calendar kind), or a period's new dates. */
@Data
class PeriodForm {

    @NotNull
    private PeriodKind kind = PeriodKind.AD_HOC;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @Size(max = 300)
    private String title;

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    @NotNull
    private LocalDate dueOn;

    @Min(0)
    @Max(366)
    private Integer graceDays;

    private long version;

    static PeriodForm from(ReportingPeriod period) {
        PeriodForm form = new PeriodForm();
        form.setKind(period.getKind());
        form.setYear(period.getYear());
        form.setTitle(period.getTitle());
        form.setStartsOn(period.getStartsOn());
        form.setEndsOn(period.getEndsOn());
        form.setDueOn(period.getDueOn());
        form.setGraceDays(period.getGraceDays());
        form.setVersion(period.getVersion());
        return form;
    }

    PeriodCommand toCommand() {
        return new PeriodCommand(kind, year, title, startsOn, endsOn, dueOn, graceDays);
    }
}
