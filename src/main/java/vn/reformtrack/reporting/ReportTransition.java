package vn.reformtrack.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A line of a report's history: who moved it from which status to which, when, and the comment. Never changed. */
@Entity
@Table(name = "report_transition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransitionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ReportStatus toStatus;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, length = 50)
    private String by;

    private String comment;

    /** The coordinator's comments on single entries, by entry id (a return only). */
    @ElementCollection
    @CollectionTable(name = "report_entry_comment", joinColumns = @JoinColumn(name = "transition_id"))
    @MapKeyColumn(name = "entry_id")
    @Column(name = "comment")
    private Map<Long, String> entryComments = new HashMap<>();

    ReportTransition(TransitionKind kind, ReportStatus fromStatus, ReportStatus toStatus, Instant at, String by,
            String comment, Map<Long, String> entryComments) {
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.at = at;
        this.by = by;
        this.comment = comment;
        this.entryComments.putAll(entryComments);
    }
}
