package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.planning.FieldChange;

/**
 * The history of a round and of each of its criteria: every milestone, assignment, record, submission, appraisal,
 * return and estimate, with who and when. Read by those who may see the round or the criterion.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentHistory {

    private final AssessmentChangeRepository changes;
    private final Clock clock;

    AssessmentHistory(AssessmentChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** The round's latest changes (its own and its criteria's), newest first. */
    public List<AssessmentChange> ofRound(long roundId, int limit) {
        return changes.findByRoundIdOrderByChangedAtDescIdDesc(roundId, PageRequest.of(0, limit));
    }

    public long countOfRound(long roundId) {
        return changes.countByRoundId(roundId);
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
