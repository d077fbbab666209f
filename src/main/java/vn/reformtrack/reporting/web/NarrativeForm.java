package vn.reformtrack.reporting.web;

import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.reformtrack.reporting.NarrativeCommand;
import vn.reformtrack.reporting.UnitReport;

/** The unit's narrative at the top of its report, with the report's version. */
@Data
class NarrativeForm {

    private long version;

    @Size(max = 8000)
    private String generalAssessment;

    @Size(max = 4000)
    private String difficulties;

    @Size(max = 4000)
    private String proposals;

    static NarrativeForm from(UnitReport report) {
        NarrativeForm form = new NarrativeForm();
        form.setVersion(report.getVersion());
        form.setGeneralAssessment(report.getGeneralAssessment());
        form.setDifficulties(report.getDifficulties());
        form.setProposals(report.getProposals());
        return form;
    }

    NarrativeCommand toCommand() {
        return new NarrativeCommand(generalAssessment, difficulties, proposals);
    }
}
