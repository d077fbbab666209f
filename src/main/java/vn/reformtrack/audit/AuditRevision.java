package vn.reformtrack.audit;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * A line of the audit trail: who acted (user name and their unit at the time), from where, when, what kind of act, and
 * for changes the records it touched. Envers creates one for every transaction that changes audited records
 * ({@link AuditRevisionListener} fills it in before it is inserted); {@link AuditRecorder} writes the others (sign-ins,
 * exports, settings). Never updated: the table refuses it.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String username;

    private Long unitId;

    @Column(length = 64)
    private String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditKind kind = AuditKind.CHANGE;

    private String detail;

    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<ChangedRecord> changes = new HashSet<>();

    /** Who acts, filled in by the listener before Envers inserts the revision. */
    void actor(Actor actor) {
        this.username = actor.username();
        this.unitId = actor.unitId();
        this.remoteAddress = actor.remoteAddress();
    }

    void changed(ChangedRecord record) {
        changes.add(record);
    }
}
