package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.planning.FieldChange;

/** The history of a round, of a unit's sheet and of each score: who changed what, when. */
@Service
@Transactional(readOnly = true)
public class UnitIndexHistory {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitIndexChangeRepository changes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    UnitIndexHistory(UnitIndexChangeRepository changes, JdbcTemplate jdbc, Clock clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<UnitIndexChange> ofRound(long roundId, int limit) {
        return changes.findByRoundIdOrderByChangedAtDescIdDesc(roundId, PageRequest.of(0, limit));
    }

    public List<UnitIndexChange> ofUnit(long roundId, long unitId, int limit) {
        return changes.findByRoundIdAndUnitIdOrderByChangedAtDescIdDesc(roundId, unitId, PageRequest.of(0, limit));
    }

    public List<UnitIndexChange> ofScore(long scoreId) {
        return changes.findByScoreIdOrderByChangedAtDescIdDesc(scoreId);
    }

    @Transactional
    void record(long roundId, Long unitId, Long scoreId, UnitIndexChangeKind kind, String by, Fields fields) {
        changes.save(new UnitIndexChange(roundId, unitId, scoreId, kind, Instant.now(clock), by, fields.list));
    }

    /** A line dated {@code at} (the demo's past rounds). */
    @Transactional
    void recordAt(long roundId, Long unitId, Long scoreId, UnitIndexChangeKind kind, String by, Instant at, Fields fields) {
        changes.save(new UnitIndexChange(roundId, unitId, scoreId, kind, at, by, fields.list));
    }

    @Transactional
    void record(long roundId, UnitScore score, UnitIndexChangeKind kind, String by, Fields fields) {
        record(roundId, score.getUnitId(), score.getId(), kind, by, fields);
    }

    /** A line about a score, dated {@code at}, to be written with others by {@link #recordAll}. */
    static UnitIndexChange line(UnitScore score, UnitIndexChangeKind kind, String by, Instant at, Fields fields) {
        return new UnitIndexChange(score.getRoundId(), score.getUnitId(), score.getId(), kind, at, by, fields.list);
    }

    /** A line about a unit's sheet, dated {@code at}, to be written with others by {@link #recordAll}. */
    static UnitIndexChange line(long roundId, long unitId, UnitIndexChangeKind kind, String by, Instant at,
            Fields fields) {
        return new UnitIndexChange(roundId, unitId, null, kind, at, by, fields.list);
    }

    /**
     * Many lines in one batch of inserts (identity keys keep Hibernate from batching them): a whole area accepted at
     * once, the demo's rounds.
     */
    @Transactional
    void recordAll(List<UnitIndexChange> lines) {
        jdbc.batchUpdate("""
                insert into unit_index_change (round_id, unit_id, score_id, kind, changed_at, changed_by, details)
                values (?, ?, ?, ?, ?, ?, ?)
                """, lines, 500, (ps, line) -> {
                    ps.setLong(1, line.getRoundId());
                    ps.setObject(2, line.getUnitId(), Types.BIGINT);
                    ps.setObject(3, line.getScoreId(), Types.BIGINT);
                    ps.setString(4, line.getKind().name());
                    ps.setObject(5, line.getChangedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(6, line.getChangedBy());
                    ps.setString(7, line.getDetails());
                });
    }

    static Fields fields() {
        return new Fields();
    }

    /** A list of field changes, built in order; values as pages show them. */
    static final class Fields {

        private final List<FieldChange> list = new ArrayList<>();

        Fields add(String field, Object before, Object after) {
            list.add(new FieldChange(field, text(before), text(after)));
            return this;
        }

        private static String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.stripTrailingZeros().toPlainString();
            }
            if (value instanceof LocalDate date) {
                return DATE.format(date);
            }
            if (value instanceof Enum<?> constant) {
                return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            }
            return value.toString();
        }
    }
}
