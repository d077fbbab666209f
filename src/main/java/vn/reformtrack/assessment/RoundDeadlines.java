package vn.reformtrack.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How reminders read self-assessment: a round by id, the open rounds whose deadline falls in a span of days, and how
 * far each of a round's units is (a unit with criteria not yet sent is not {@link UnitProgress#done() done}). Not
 * confined to a user.
 */
@Service
@Transactional(readOnly = true)
public class RoundDeadlines {

    private final AssessmentRoundRepository rounds;
    private final RoundSummaries summaries;
    private final RoundQueries queries;
    private final JdbcClient jdbc;

    RoundDeadlines(AssessmentRoundRepository rounds, RoundSummaries summaries, RoundQueries queries, JdbcClient jdbc) {
        this.rounds = rounds;
        this.summaries = summaries;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    public Optional<RoundSummary> round(long id) {
        return rounds.findById(id).map(summaries::of);
    }

    /** Rounds open to the units with a deadline from {@code from} to {@code to} (both included), in one statement. */
    public List<RoundSummary> openDueBetween(LocalDate from, LocalDate to) {
        return queries.openDueBetween(from, to);
    }

    /**
     * The units with criteria of each round not yet sent (as {@link #unitProgress}: a unit is done once every criterion
     * it answers for is sent or appraised), by round in the order given, those with most still to send first: one
     * statement for all the rounds.
     */
    public Map<Long, List<Long>> unitsBehind(List<RoundSummary> roundList) {
        Map<Long, List<Behind>> behind = new LinkedHashMap<>();
        roundList.forEach(round -> behind.put(round.id(), new ArrayList<>()));
        if (!roundList.isEmpty()) {
            jdbc.sql("""
                            select i.round_id, i.responsible_unit_id, u.name, count(*) as items,
                                   count(*) filter (where i.status in ('SUBMITTED', 'APPRAISED')) as submitted
                            from assessment_item i join unit u on u.id = i.responsible_unit_id
                            where i.round_id in (:rounds) and i.entry = 'UNIT'
                            group by i.round_id, i.responsible_unit_id, u.name
                            """)
                    .param("rounds", behind.keySet())
                    .query((rs, i) -> new Behind(rs.getLong("round_id"), rs.getLong("responsible_unit_id"),
                            rs.getString("name"), rs.getInt("items") - rs.getInt("submitted")))
                    .list()
                    .stream()
                    .filter(unit -> unit.toSend() > 0)
                    .forEach(unit -> behind.get(unit.roundId()).add(unit));
        }
        Map<Long, List<Long>> unitIds = new LinkedHashMap<>();
        behind.forEach((roundId, units) -> unitIds.put(roundId, units.stream()
                .sorted(Comparator.comparingInt(Behind::toSend).reversed()
                        .thenComparing(unit -> unit.unitName() == null ? "" : unit.unitName())
                        .thenComparingLong(Behind::unitId))
                .map(Behind::unitId)
                .toList()));
        return unitIds;
    }

    /** A unit with criteria of a round still to send. */
    private record Behind(long roundId, long unitId, String unitName, int toSend) {}

    /** Each unit that answers for criteria of the round, with how far it is. */
    public List<UnitProgress> unitProgress(RoundSummary round) {
        return queries.progress(queries.items(round.id(), round.versionId()));
    }
}
