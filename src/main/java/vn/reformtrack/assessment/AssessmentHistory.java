package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.planning.FieldChange;
import vn.reformtrack.shared.db.RowLimit;

/**
 * The history of a round and of each of its criteria: every milestone, assignment, record, submission, appraisal,
 * return and estimate, with who and when. Read by those who may see the round or the criterion.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentHistory {

    private static final String LATEST_OF_ROUND = """
            select item_id, kind, changed_at, changed_by, details, count(*) over () as total
            from assessment_change
            where round_id = :round
            order by changed_at desc, id desc
            """;

    private final AssessmentChangeRepository changes;
    private final JdbcClient jdbc;
    private final Clock clock;

    AssessmentHistory(AssessmentChangeRepository changes, JdbcClient jdbc, Clock clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A round's latest changes, newest first, and how many changes it has in all. */
    public record Latest(List<AssessmentChange> changes, long total) {}

    /**
     * The round's latest {@code limit} changes (its own and its criteria's), newest first, with their total: one plain
     * statement (the lines are only read, so no entity is loaded into the persistence context).
     */
    public Latest latestOfRound(long roundId, int limit) {
        long[] total = {0};
        List<AssessmentChange> latest = jdbc.sql(LATEST_OF_ROUND + RowLimit.of(limit)).param("round", roundId)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return AssessmentChange.read(roundId, rs.getObject("item_id", Long.class),
                            AssessmentChangeKind.valueOf(rs.getString("kind")),
                            rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
                            rs.getString("details"));
                })
                .list();
        return new Latest(latest, total[0]);
    }

    /** The round's latest changes (its own and its criteria's), newest first. */
    public List<AssessmentChange> ofRound(long roundId, int limit) {
        return latestOfRound(roundId, limit).changes();
    }

    /** Everything that happened to one criterion of a round, newest first. */
    public List<AssessmentChange> ofItem(long itemId) {
        return changes.findByItemIdOrderByChangedAtDescIdDesc(itemId);
    }

    @Transactional
    void record(long roundId, Long itemId, AssessmentChangeKind kind, String by, List<FieldChange> fields) {
        List<FieldChange> changed = fields.stream().filter(FieldChange::changed).toList();
        changes.save(new AssessmentChange(roundId, itemId, kind, Instant.now(clock), by, changed));
    }

    @Transactional
    void deleteOfRound(long roundId) {
        changes.deleteByRoundId(roundId);
    }

    /** A list of field changes, built in order. */
    static final class Fields {

        private final List<FieldChange> list = new ArrayList<>();

        Fields add(String field, Object before, Object after) {
            list.add(new FieldChange(field, text(before), text(after)));
            return this;
        }

        List<FieldChange> list() {
            return list;
        }

        static String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.stripTrailingZeros().toPlainString();
            }
            if (value instanceof Enum<?> constant) {
                return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            }
            return value.toString();
        }
    }
}
