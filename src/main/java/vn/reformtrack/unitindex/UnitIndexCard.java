package vn.reformtrack.unitindex;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a unit's people see of the unit index on their home page: the unit's latest published index (rank in its
 * group, class, change on the year before) and the round not yet published that it takes part in (its phase, the
 * unit's own deadline and whether the sheet is sent). Two small queries, for a page every unit user opens first.
 */
@Service
@Transactional(readOnly = true)
public class UnitIndexCard {

    /** The round in progress for the unit: the deadline is the unit's own (an extension counts). */
    public record OpenRound(long roundId, int year, RoundPhase phase, LocalDate deadline, boolean submitted) {}

    public record Card(Optional<HistoryRow> latest, Optional<OpenRound> open) {

        public boolean isEmpty() {
            return latest.isEmpty() && open.isEmpty();
        }
    }

    private final UnitResultQueries results;
    private final JdbcClient jdbc;
    private final Clock clock;

    UnitIndexCard(UnitResultQueries results, JdbcClient jdbc, Clock clock) {
        this.results = results;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Card of(long unitId) {
        LocalDate today = LocalDate.now(clock);
        Optional<OpenRound> open = jdbc.sql("""
                        select r.id, r.year, r.status, r.self_assessment_deadline, r.explanation_from, r.explanation_to,
                               coalesce(s.extended_until, r.self_assessment_deadline) as deadline,
                               s.status = 'SUBMITTED' as submitted
                        from unit_index_sheet s join unit_index_round r on r.id = s.round_id
                        where s.unit_id = :unit and r.status <> 'PUBLISHED'
                        order by r.year desc limit 1
                        """)
                .param("unit", unitId)
                .query((rs, i) -> new OpenRound(rs.getLong("id"), rs.getInt("year"), RoundPhase.of(
                        IndexRoundStatus.valueOf(rs.getString("status")),
                        rs.getObject("self_assessment_deadline", LocalDate.class),
                        rs.getObject("explanation_from", LocalDate.class),
                        rs.getObject("explanation_to", LocalDate.class), today),
                        rs.getObject("deadline", LocalDate.class), rs.getBoolean("submitted")))
                .optional();
        return new Card(results.history(unitId).stream().findFirst(), open);
    }
}
