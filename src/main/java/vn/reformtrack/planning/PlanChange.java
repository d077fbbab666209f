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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A line of a plan's history: who changed what, when. Written once, never changed. */
@Entity
@Table(name = "plan_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanChange {

    private static final String FIELD_SEPARATOR = "\t";

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
        this.details = changes.isEmpty() ? null : changes.stream()
                .map(change -> String.join(FIELD_SEPARATOR, clean(change.field()), clean(change.before()), clean(change.after())))
                .collect(Collectors.joining("\n"));
    }

    /** The fields this line changed, in the order they were recorded. */
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        if (details == null) {
            return changes;
        }
        for (String line : details.split("\n")) {
            String[] parts = Arrays.copyOf(line.split(FIELD_SEPARATOR, -1), 3);
            changes.add(new FieldChange(parts[0], parts[1], parts[2]));
        }
        return changes;
    }

    /** Values are kept on one line each: tabs and line breaks inside them become spaces. */
    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
