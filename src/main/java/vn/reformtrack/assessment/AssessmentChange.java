package vn.reformtrack.assessment;

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
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.reformtrack.planning.FieldChange;

/**
 * A line of a round's history: who changed what, when, on the round or on one of its criteria. Written once, never
 * changed. Field labels are message keys; values are as pages show them (scores as plain decimals, enum values as
 * their message keys).
 */
@Entity
@Table(name = "assessment_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AssessmentChange {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n]");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;

    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AssessmentChangeKind kind;

    @Column(nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 50)
    private String changedBy;

    private String details;

    AssessmentChange(long roundId, Long itemId, AssessmentChangeKind kind, Instant changedAt, String changedBy,
            List<FieldChange> fields) {
        this.roundId = roundId;
        this.itemId = itemId;
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        StringBuilder lines = new StringBuilder();
        for (FieldChange field : fields) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(oneLine(field.field())).append('\t').append(oneLine(field.before())).append('\t')
                    .append(oneLine(field.after()));
        }
        this.details = lines.isEmpty() ? null : lines.toString();
    }

    /** The fields this line changed, in the order they were recorded. */
    public List<FieldChange> fields() {
        if (details == null) {
            return List.of();
        }
        return details.lines().map(line -> line.split("\t", -1))
                .map(parts -> new FieldChange(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""))
                .toList();
    }

    private static String oneLine(String value) {
        return value == null ? "" : LINE_BREAKS.matcher(value).replaceAll(" ");
    }
}
