package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * The results: live while a round runs (the preliminary table, computed from the score lines), stored once published
 * (the table, each unit's history, areas against the group, lost criteria, class counts, movers). Each is one SQL
 * statement (or two with a page's count). Callers check who may read what.
 */
@Service
@Transactional(readOnly = true)
public class UnitResultQueries {

    private static final String PUBLISHED = """
            select r.unit_id, u.name as unit_name, r.group_id, g.name_vi as group_name, r.self_total, r.appraised_total,
                   r.survey_points, r.bonus_claimed, r.bonus, r.deduction_claimed, r.deduction, r.reachable_max,
                   r.index_value, r.rank, r.rank_of, r.index_class, r.previous_index
            from unit_index_result r join unit u on u.id = r.unit_id join unit_index_group g on g.id = r.group_id
            """;

    private static final String FINAL_SCORE =
            "coalesce(case when s.part = 'SURVEY' then s.survey_points else s.appraised_score end, 0)";

    private final JdbcClient jdbc;
    private final UnitIndexRoundRepository rounds;
    private final Publication publication;

    UnitResultQueries(JdbcClient jdbc, UnitIndexRoundRepository rounds, Publication publication) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.publication = publication;
    }

    /** The results as they stand (every unit, by group then rank), computed from the current scores. */
    public List<UnitResult> live(long roundId) {
        return publication.compute(rounds.findById(roundId)
                .orElseThrow(() -> new NotFoundException("Unit index round", roundId)), false);
    }

    /** A published round's table, by group then rank, a page at a time. */
    public Page<PublishedRow> published(long roundId, Long groupId, Pageable page) {
        String where = " where r.round_id = :round" + (groupId == null ? "" : " and r.group_id = :group");
        Map<String, Object> params = new HashMap<>();
        params.put("round", roundId);
        if (groupId != null) {
            params.put("group", groupId);
        }
        long total = jdbc.sql("select count(*) from unit_index_result r" + where).params(params).query(Long.class).single();
        List<PublishedRow> rows = jdbc.sql(PUBLISHED + where
                        + " order by g.position, g.code, r.rank, u.name " + RowLimit.of(page))
                .params(params)
                .query(UnitResultQueries::published)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The whole published table (exports). */
    public List<PublishedRow> published(long roundId) {
        return jdbc.sql(PUBLISHED + " where r.round_id = :round order by g.position, g.code, r.rank, u.name")
                .param("round", roundId).query(UnitResultQueries::published).list();
    }

    public Optional<PublishedRow> published(long roundId, long unitId) {
        return jdbc.sql(PUBLISHED + " where r.round_id = :round and r.unit_id = :unit")
                .param("round", roundId).param("unit", unitId).query(UnitResultQueries::published).optional();
    }

    /** A unit's published results, newest year first. */
    public List<HistoryRow> history(long unitId) {
        return jdbc.sql("""
                        select ro.year, r.round_id, g.name_vi as group_name, r.index_value, r.rank, r.rank_of,
                               r.index_class, r.previous_index
                        from unit_index_result r join unit_index_round ro on ro.id = r.round_id
                        join unit_index_group g on g.id = r.group_id
                        where r.unit_id = :unit order by ro.year desc
                        """)
                .param("unit", unitId)
                .query((rs, i) -> new HistoryRow(rs.getInt("year"), rs.getLong("round_id"), rs.getString("group_name"),
                        rs.getBigDecimal("index_value"), rs.getInt("rank"), rs.getInt("rank_of"),
                        IndexClass.valueOf(rs.getString("index_class")), rs.getBigDecimal("previous_index")))
                .list();
    }

    /**
     * A unit's lost points per regular area against its group in the same round: the group's median and fewest lost.
     * Read from the score lines, so it holds for preliminary and published scores alike.
     */
    public List<AreaComparison> areas(long roundId, long unitId) {
        return jdbc.sql("""
                        with per_unit as (
                            select s.unit_id, s.area_id,
                                   sum(s.max_points) filter (where s.applicable) as reachable,
                                   sum(%s) filter (where s.applicable) as points
                            from unit_index_score s
                            join unit_index_sheet sh on sh.id = s.sheet_id
                            where s.round_id = :round and s.part in ('SELF_SCORED', 'SURVEY')
                              and sh.group_id = (select group_id from unit_index_sheet where round_id = :round and unit_id = :unit)
                            group by s.unit_id, s.area_id
                            having count(*) filter (where s.applicable) > 0
                        )
                        select p.area_id, a.code, a.name_vi, a.name_en, a.position,
                               max(p.reachable) filter (where p.unit_id = :unit) as reachable,
                               max(p.points) filter (where p.unit_id = :unit) as points,
                               percentile_cont(0.5) within group (order by coalesce(p.reachable, 0) - coalesce(p.points, 0))
                                   as median_lost,
                               min(coalesce(p.reachable, 0) - coalesce(p.points, 0)) as best_lost
                        from per_unit p join criterion a on a.id = p.area_id
                        group by p.area_id, a.code, a.name_vi, a.name_en, a.position
                        having max(p.reachable) filter (where p.unit_id = :unit) > 0
                        order by a.position, a.code
                        """.formatted(FINAL_SCORE))
                .param("round", roundId)
                .param("unit", unitId)
                .query((rs, i) -> {
                    BigDecimal reachable = rs.getBigDecimal("reachable");
                    BigDecimal points = rs.getBigDecimal("points");
                    return new AreaComparison(rs.getLong("area_id"), rs.getString("code"), rs.getString("name_vi"),
                            rs.getString("name_en"), reachable, points, reachable.subtract(points),
                            rs.getBigDecimal("median_lost").setScale(4, java.math.RoundingMode.HALF_UP),
                            rs.getBigDecimal("best_lost"));
                })
                .list();
    }

    /** The criteria where a unit lost points, the most lost first. */
    public List<LostCriterion> lostCriteria(long roundId, long unitId) {
        return jdbc.sql("""
                        select s.criterion_id, c.code, c.name_vi, c.name_en, s.area_id, s.max_points,
                               %s as final_score, s.max_points - %s as lost, s.appraisal_reason
                        from unit_index_score s join criterion c on c.id = s.criterion_id
                        where s.round_id = :round and s.unit_id = :unit and s.applicable
                          and s.part in ('SELF_SCORED', 'SURVEY') and s.max_points - %s > 0
                        order by s.max_points - %s desc, s.position
                        """.formatted(FINAL_SCORE, FINAL_SCORE, FINAL_SCORE, FINAL_SCORE))
                .param("round", roundId)
                .param("unit", unitId)
                .query((rs, i) -> new LostCriterion(rs.getLong("criterion_id"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("area_id"),
                        rs.getBigDecimal("max_points"), rs.getBigDecimal("final_score"), rs.getBigDecimal("lost"),
                        rs.getString("appraisal_reason")))
                .list();
    }

    /** How many units of each group reached each class in a published round. */
    public List<ClassCount> classes(long roundId) {
        return jdbc.sql("""
                        select r.group_id, g.name_vi, r.index_class, count(*) as units
                        from unit_index_result r join unit_index_group g on g.id = r.group_id
                        where r.round_id = :round group by r.group_id, g.name_vi, g.position, g.code, r.index_class
                        order by g.position, g.code
                        """)
                .param("round", roundId)
                .query((rs, i) -> new ClassCount(rs.getLong("group_id"), rs.getString("name_vi"),
                        IndexClass.valueOf(rs.getString("index_class")), rs.getInt("units")))
                .list();
    }

    /** The units that rose most ({@code up}) or fell most since last year, at most {@code limit}. */
    public List<PublishedRow> movers(long roundId, boolean up, int limit) {
        return jdbc.sql(PUBLISHED + " where r.round_id = :round and r.previous_index is not null"
                        + " and r.index_value %s r.previous_index order by r.index_value - r.previous_index %s, u.name %s"
                        .formatted(up ? ">" : "<", up ? "desc" : "asc", RowLimit.of(limit)))
                .param("round", roundId).query(UnitResultQueries::published).list();
    }

    /** Published rounds, newest first: (round id, year). */
    public List<long[]> publishedRounds() {
        List<long[]> rows = new ArrayList<>();
        jdbc.sql("select id, year from unit_index_round where status = 'PUBLISHED' order by year desc")
                .query(rs -> {
                    rows.add(new long[] {rs.getLong("id"), rs.getInt("year")});
                });
        return rows;
    }

    private static PublishedRow published(ResultSet rs, int i) throws SQLException {
        return new PublishedRow(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("group_id"),
                rs.getString("group_name"), rs.getBigDecimal("self_total"), rs.getBigDecimal("appraised_total"),
                rs.getBigDecimal("survey_points"), rs.getBigDecimal("bonus_claimed"), rs.getBigDecimal("bonus"),
                rs.getBigDecimal("deduction_claimed"), rs.getBigDecimal("deduction"), rs.getBigDecimal("reachable_max"),
                rs.getBigDecimal("index_value"), rs.getInt("rank"), rs.getInt("rank_of"),
                IndexClass.valueOf(rs.getString("index_class")), rs.getBigDecimal("previous_index"));
    }
}
