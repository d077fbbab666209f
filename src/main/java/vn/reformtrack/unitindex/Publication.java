package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Every unit's result of a round from its score lines, read in one statement: figures ({@link IndexArithmetic}),
 * rank within its group ({@link GroupRanks}), class by the round's thresholds, last year's published index. Used live
 * for the preliminary results and once, stored, for the publication.
 */
@Component
@Transactional(readOnly = true)
class Publication {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    Publication(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Each unit's result, by group (in group order) then rank; refused when a unit has nothing applicable. */
    List<UnitResult> compute(UnitIndexRound round) {
        return compute(round, true);
    }

    /**
     * The same; with {@code strict} false (results as they stand) a unit with nothing applicable is left out instead
     * of refusing the whole table.
     */
    List<UnitResult> compute(UnitIndexRound round, boolean strict) {
        Map<Long, List<ScoreLine>> lines = new LinkedHashMap<>();
        Map<Long, Long> groupOf = new HashMap<>();
        jdbc.sql("""
                        select s.unit_id, sh.group_id, s.criterion_id, s.part, s.max_points, s.applicable, s.self_score,
                               s.appraised_score, s.survey_points, s.pool_id, s.pool_limit
                        from unit_index_score s join unit_index_sheet sh on sh.id = s.sheet_id
                        where s.round_id = :round
                        """)
                .param("round", round.getId())
                .query(rs -> {
                    long unit = rs.getLong("unit_id");
                    CriterionPart part = CriterionPart.valueOf(rs.getString("part"));
                    groupOf.put(unit, rs.getLong("group_id"));
                    lines.computeIfAbsent(unit, id -> new ArrayList<>()).add(new ScoreLine(rs.getLong("criterion_id"),
                            part, rs.getBigDecimal("max_points"), rs.getBoolean("applicable"),
                            rs.getBigDecimal("self_score"),
                            rs.getBigDecimal(part == CriterionPart.SURVEY ? "survey_points" : "appraised_score"),
                            rs.getObject("pool_id", Long.class), rs.getBigDecimal("pool_limit")));
                });
        Map<Long, BigDecimal> previous = previousIndices(round.getYear() - 1);
        Map<Long, UnitSummary> names = units.findAll(lines.keySet());
        Map<Long, Map<Long, IndexFigures>> byGroup = new LinkedHashMap<>();
        lines.forEach((unit, unitLines) -> byGroup.computeIfAbsent(groupOf.get(unit), id -> new LinkedHashMap<>())
                .put(unit, IndexArithmetic.figures(unitLines)));
        List<UnitResult> results = new ArrayList<>();
        ClassThresholds thresholds = round.thresholds();
        for (Map.Entry<Long, Map<Long, IndexFigures>> group : byGroup.entrySet()) {
            Map<Long, BigDecimal> indices = new HashMap<>();
            group.getValue().forEach((unit, figures) -> {
                if (figures.index() != null) {
                    indices.put(unit, figures.index());
                } else if (strict) {
                    throw new RuleViolationException("unitindex.publish.error.nothingReachable",
                            names.containsKey(unit) ? names.get(unit).name() : "#" + unit);
                }
            });
            Map<Long, Integer> ranks = GroupRanks.of(indices);
            ranks.forEach((unit, rank) -> {
                IndexFigures figures = group.getValue().get(unit);
                results.add(new UnitResult(unit, names.containsKey(unit) ? names.get(unit).name() : "#" + unit,
                        group.getKey(), figures, rank, ranks.size(), thresholds.classOf(figures.index()),
                        previous.get(unit)));
            });
        }
        results.sort(Comparator.comparingLong(UnitResult::groupId).thenComparingInt(UnitResult::rank)
                .thenComparing(UnitResult::unitName));
        return results;
    }

    /** Writes the published results (the round's only write of them). */
    @Transactional
    void store(long roundId, List<UnitResult> results) {
        for (UnitResult result : results) {
            IndexFigures f = result.figures();
            jdbc.sql("""
                            insert into unit_index_result (round_id, unit_id, group_id, self_total, appraised_total,
                                survey_points, bonus_claimed, bonus, deduction_claimed, deduction, reachable_max,
                                index_value, rank, rank_of, index_class, previous_index)
                            values (:round, :unit, :group, :self, :appraised, :survey, :bonusClaimed, :bonus,
                                :deductionClaimed, :deduction, :reachable, :index, :rank, :rankOf, :class, :previous)
                            """)
                    .param("round", roundId).param("unit", result.unitId()).param("group", result.groupId())
                    .param("self", f.selfTotal()).param("appraised", f.appraisedTotal()).param("survey", f.surveyPoints())
                    .param("bonusClaimed", f.bonusClaimed()).param("bonus", f.bonus())
                    .param("deductionClaimed", f.deductionClaimed()).param("deduction", f.deduction())
                    .param("reachable", f.reachableMax()).param("index", f.index()).param("rank", result.rank())
                    .param("rankOf", result.rankOf()).param("class", result.indexClass().name())
                    .param("previous", result.previousIndex())
                    .update();
        }
    }

    /** Each unit's published index of a year (none when that year's round is not published). */
    Map<Long, BigDecimal> previousIndices(int year) {
        Map<Long, BigDecimal> indices = new HashMap<>();
        jdbc.sql("""
                        select r.unit_id, r.index_value from unit_index_result r
                        join unit_index_round ro on ro.id = r.round_id where ro.year = :year
                        """)
                .param("year", year)
                .query(rs -> {
                    indices.put(rs.getLong("unit_id"), rs.getBigDecimal("index_value"));
                });
        return indices;
    }
}
