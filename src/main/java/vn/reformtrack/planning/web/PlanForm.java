package vn.reformtrack.planning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Data;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanCommand;

/** The plan header as the browser sends it. */
@Data
class PlanForm {

    @Size(max = 60)
    private String documentNumber;

    @NotBlank
    @Size(max = 1000)
    private String title;

    @NotBlank
    @Size(max = 300)
    private String issuingBody;

    @Size(max = 150)
    private String signer;

    private LocalDate issueDate;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotEmpty(message = "{plan.frameworks.required}")
    private Set<Long> frameworkIds = new LinkedHashSet<>();

    private long version;

    static PlanForm from(Plan plan) {
        PlanForm form = new PlanForm();
        form.setDocumentNumber(plan.getDocumentNumber());
        form.setTitle(plan.getTitle());
        form.setIssuingBody(plan.getIssuingBody());
        form.setSigner(plan.getSigner());
        form.setIssueDate(plan.getIssueDate());
        form.setYear(plan.getYear());
        form.setFrameworkIds(new LinkedHashSet<>(plan.getFrameworkIds()));
        form.setVersion(plan.getVersion());
        return form;
    }

    PlanCommand toCommand() {
        return new PlanCommand(documentNumber, title, issuingBody, signer, issueDate, year, frameworkIds);
    }
}
