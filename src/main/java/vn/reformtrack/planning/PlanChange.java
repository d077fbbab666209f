package vn.reformtrack.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A line of a plan's history: who changed what, when. Written once, never changed. */
@Entity
@Table(name = "plan_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private Long taskId;

    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanChangeKind kind;

    @Column(nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 50)
    private String changedBy;

    private String details;

    PlanChange(long planId, Long taskId, Long targetId, PlanChangeKind kind, Instant changedAt, String changedBy,
            List<FieldChange> changes) {
        this.planId = planId;
        this.taskId = taskId;
        this.targetId = targetId;
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.details = FieldChange.encode(changes);
    }

    /** The fields this line changed, in the order they were recorded. */
    public List<FieldChange> changes() {
        return FieldChange.decode(details);
    }
}
