package vn.reformtrack.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The province's consolidated report of a period as the coordinator wrote it: header, narrative, recipients and
 * signature. The figures are not stored: they are computed from the accepted reports whenever it is shown or
 * exported. Every save is kept as a numbered revision.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "consolidated_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ConsolidatedReport extends AuditedEntity {

    static final int MAX_NUMBER = 60;
    static final int MAX_TITLE = 500;
    static final int MAX_SECTION = 20_000;
    static final int MAX_RECIPIENTS = 2000;
    static final int MAX_AUTHORITY = 300;
    static final int MAX_SIGNER = 150;

    private long periodId;

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

    private int revision;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "consolidated_id", nullable = false, updatable = false)
    @OrderBy("revision desc")
    @OptimisticLock(excluded = true)
    private List<ConsolidatedRevision> revisions = new ArrayList<>();

    ConsolidatedReport(long periodId, ConsolidatedCommand text, String by, Instant at, LocalDate today) {
        this.periodId = periodId;
        revise(text, by, at, today);
    }

    /** A new revision of the text; the number, once given, may change only to another valid one. */
    void revise(ConsolidatedCommand text, String by, Instant at, LocalDate today) {
        check(text, today);
        this.documentNumber = clean(text.documentNumber());
        this.issueDate = text.issueDate();
        this.title = text.title().strip();
        this.results = clean(text.results());
        this.limitations = clean(text.limitations());
        this.nextTasks = clean(text.nextTasks());
        this.proposals = clean(text.proposals());
        this.recipients = clean(text.recipients());
        this.signerAuthority = clean(text.signerAuthority());
        this.signerName = clean(text.signerName());
        this.revision++;
        revisions.add(new ConsolidatedRevision(revision, text(), by, at));
    }

    public ConsolidatedCommand text() {
        return new ConsolidatedCommand(documentNumber, issueDate, title, results, limitations, nextTasks, proposals,
                recipients, signerAuthority, signerName);
    }

    static void check(ConsolidatedCommand text, LocalDate today) {
        if (text.title() == null || text.title().isBlank()) {
            throw RuleViolationException.onField("title", "consolidated.error.titleMissing");
        }
        String number = clean(text.documentNumber());
        if (number != null && !number.matches("\\d{0,6}/?BC-[\\p{L}\\d]+([-.][\\p{L}\\d]+)*")) {
            throw RuleViolationException.onField("documentNumber", "consolidated.error.numberFormat");
        }
        if (text.issueDate() != null && text.issueDate().isAfter(today.plusDays(60))) {
            throw RuleViolationException.onField("issueDate", "consolidated.error.issueDateFar");
        }
        length("documentNumber", number, MAX_NUMBER);
        length("title", text.title(), MAX_TITLE);
        length("results", text.results(), MAX_SECTION);
        length("limitations", text.limitations(), MAX_SECTION);
        length("nextTasks", text.nextTasks(), MAX_SECTION);
        length("proposals", text.proposals(), MAX_SECTION);
        length("recipients", text.recipients(), MAX_RECIPIENTS);
        length("signerAuthority", text.signerAuthority(), MAX_AUTHORITY);
        length("signerName", text.signerName(), MAX_SIGNER);
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw RuleViolationException.onField(field, "consolidated.error.tooLong", max);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
