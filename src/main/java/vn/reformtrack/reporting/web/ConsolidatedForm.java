package vn.reformtrack.reporting.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.reporting.ConsolidatedCommand;

/** The consolidated report's header and narrative as the coordinator edits them, with the version. */
@Data
class ConsolidatedForm {

    private long version;

    @Size(max = 60)
    private String documentNumber;

    private LocalDate issueDate;

    @Size(max = 500)
    private String title;

    @Size(max = 20000)
    private String results;

    @Size(max = 20000)
    private String limitations;

    @Size(max = 20000)
    private String nextTasks;

    @Size(max = 20000)
    private String proposals;

    @Size(max = 2000)
    private String recipients;

    @Size(max = 300)
    private String signerAuthority;

    @Size(max = 150)
    private String signerName;

    static ConsolidatedForm from(ConsolidatedCommand text, long version) {
        ConsolidatedForm form = new ConsolidatedForm();
        form.setVersion(version);
        form.setDocumentNumber(text.documentNumber());
        form.setIssueDate(text.issueDate());
        form.setTitle(text.title());
        form.setResults(text.results());
        form.setLimitations(text.limitations());
        form.setNextTasks(text.nextTasks());
        form.setProposals(text.proposals());
        form.setRecipients(text.recipients());
        form.setSignerAuthority(text.signerAuthority());
        form.setSignerName(text.signerName());
        return form;
    }

    ConsolidatedCommand toCommand() {
        return new ConsolidatedCommand(documentNumber, issueDate, title, results, limitations, nextTasks, proposals,
                recipients, signerAuthority, signerName);
    }
}
