package vn.reformtrack.reporting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.Data;
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.ReportPage;

/**
 * One entry of a report as its form sends it (autosaved by htmx, or posted plainly). {@code evidenceIds} are the
 * files the upload widget and the picker linked; {@code version} is the entry's version when the form was filled.
 */
@Data
class EntryForm {

    private long version;

    @Min(value = 0, message = "{entry.error.progressRange}")
    @Max(value = 100, message = "{entry.error.progressRange}")
    private Integer progressPercent;

    private EntryStatus status;

    private LocalDate completedOn;

    @Size(max = 4000)
    private String workDone;

    @Size(max = 2000)
    private String difficulties;

    @Size(max = 2000)
    private String proposals;

    private List<Long> evidenceIds = new ArrayList<>();

    static EntryForm from(ReportPage.Entry entry) {
        EntryForm form = new EntryForm();
        form.setVersion(entry.version());
        form.setProgressPercent(entry.progressPercent());
        form.setStatus(entry.status());
        form.setCompletedOn(entry.completedOn());
        form.setWorkDone(entry.workDone());
        form.setDifficulties(entry.difficulties());
        form.setProposals(entry.proposals());
        form.setEvidenceIds(new ArrayList<>(entry.evidenceIds().stream().sorted().toList()));
        return form;
    }

    EntryCommand toCommand() {
        return new EntryCommand(progressPercent, status, completedOn, workDone, difficulties, proposals,
                new LinkedHashSet<>(evidenceIds));
    }
}
