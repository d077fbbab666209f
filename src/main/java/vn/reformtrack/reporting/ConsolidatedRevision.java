package vn.reformtrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One saved version of a consolidated report's text: who saved what, when. Never changed. */
@Entity
@Table(name = "consolidated_report_revision")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ConsolidatedRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int revision;

    private String documentNumber;

    private LocalDate issueDate;

    @Column(nullable = false)
    private String title;

    private String results;

    private String limitations;

    private String nextTasks;

    private String proposals;

    private String recipients;

    private String signerAuthority;

    private String signerName;

    @Column(nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private String savedBy;

    ConsolidatedRevision(int revision, ConsolidatedCommand text, String savedBy, Instant savedAt) {
        this.revision = revision;
        this.documentNumber = text.documentNumber();
        this.issueDate = text.issueDate();
        this.title = text.title();
        this.results = text.results();
        this.limitations = text.limitations();
        this.nextTasks = text.nextTasks();
        this.proposals = text.proposals();
        this.recipients = text.recipients();
        this.signerAuthority = text.signerAuthority();
        this.signerName = text.signerName();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public ConsolidatedCommand text() {
        return new ConsolidatedCommand(documentNumber, issueDate, title, results, limitations, nextTasks, proposals,
                recipients, signerAuthority, signerName);
    }
}
