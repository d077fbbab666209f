package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.RowLimit;

/**
 * A council member's queue across all units: the lines of their areas (every area for Home Affairs), filtered by
 * group, unit, area and state, a page at a time, in two statements (the page and its count) whatever the round's size.
 * Last year's appraised score of the same criterion (by code) for the same unit comes with each line.
 */
@Service
@Transactional(readOnly = true)
public class QueueQueries {

    private static final String DEADLINE =
            "greatest(coalesce(sh.extended_until, r.self_assessment_deadline), r.self_assessment_deadline)";

    private static final String STATE = """
            case when ct.id is not null and ct.answer is null then 'CONTESTED'
                 when s.appraisal <> 'PENDING' then 'APPRAISED'
                 when sh.status = 'DRAFT' and :today <= %s then 'WAITING'
                 else 'TO_APPRAISE' end""".formatted(DEADLINE);

    private final JdbcClient jdbc;
    private final Clock clock;

    QueueQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param areaIds   the areas the member appraises; null for all (Home Affairs)
     * @param ownUnitId the unit whose lines the reader may not appraise (their own, unless they chair): left out; null
     *                  for none
     */
    public Page<QueueRow> queue(long roundId, Set<Long> areaIds, Long ownUnitId, QueueFilter filter, Pageable page) {
        if (areaIds != null && areaIds.isEmpty()) {
            return Page.empty(page);
        }
        StringBuilder where = new StringBuilder("s.round_id = :round and s.applicable and s.part <> 'SURVEY'");
        Map<String, Object> params = new HashMap<>();
        params.put("round", roundId);
        params.put("today", LocalDate.now(clock));
        if (areaIds != null) {
            where.append(" and s.area_id in (:areas)");
            params.put("areas", areaIds);
        }
        if (ownUnitId != null) {
            where.append(" and s.unit_id <> :own");
            params.put("own", ownUnitId);
        }
        if (filter.groupId() != null) {
            where.append(" and sh.group_id = :group");
            params.put("group", filter.groupId());
        }
        if (filter.unitId() != null) {
            where.append(" and s.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.areaId() != null) {
            where.append(" and s.area_id = :area");
            params.put("area", filter.areaId());
        }
        if (filter.state() != null) {
            where.append(" and (").append(STATE).append(") = :state");
            params.put("state", filter.state().name());
            if (filter.state() == QueueState.TO_APPRAISE) {
                where.append(" and (s.part = 'SELF_SCORED' or s.self_score is not null)");
            }
        }
        long total = jdbc.sql("""
                        select count(*) from unit_index_score s
                        join unit_index_sheet sh on sh.id = s.sheet_id
                        join unit_index_round r on r.id = s.round_id
                        left join unit_index_contest ct on ct.score_id = s.id
                        where %s
                        """.formatted(where))
                .params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(page);
        }
        List<QueueRow> rows = jdbc.sql("""
                        select s.id, s.version, s.unit_id, u.name as unit_name, sh.group_id, g.name_vi as group_name,
                               s.criterion_id, c.code, c.name_vi, c.name_en, s.area_id, a.code as area_code, s.part,
                               s.max_points, s.self_score, s.appraisal, s.appraised_score, ct.id as contest_id, ct.answer,
                               %s as state
                        from unit_index_score s
                        join unit_index_sheet sh on sh.id = s.sheet_id
                        join unit_index_round r on r.id = s.round_id
                        join unit u on u.id = s.unit_id
                        join unit_index_group g on g.id = sh.group_id
                        join criterion c on c.id = s.criterion_id
                        join criterion a on a.id = s.area_id
                        left join unit_index_contest ct on ct.score_id = s.id
                        where %s
                        order by g.position, u.name, s.unit_id, s.position
                        %s
                        """.formatted(STATE, where, RowLimit.of(page)))
                .params(params)
                .query(QueueQueries::row)
                .list();
        return new PageImpl<>(withEvidenceAndLastYear(roundId, rows), page, total);
    }

    /**
     * The page's lines with their evidence counts and last year's appraised score of the same criterion (by code) for
     * the same unit: two statements for the page's lines only, not for every line the filter matched.
     */
    private List<QueueRow> withEvidenceAndLastYear(long roundId, List<QueueRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(QueueRow::scoreId).toList();
        Map<Long, Integer> evidence = new HashMap<>();
        jdbc.sql("""
                        select score_id, count(*) as files from (
                            select score_id from unit_index_score_evidence where score_id in (:ids)
                            union all
                            select score_id from unit_index_score_reference where score_id in (:ids)) linked
                        group by score_id
                        """)
                .param("ids", ids)
                .query(rs -> {
                    evidence.put(rs.getLong("score_id"), rs.getInt("files"));
                });
        Map<String, BigDecimal> previous = new HashMap<>();
        jdbc.sql("""
                        select p.unit_id, c.code, p.appraised_score from unit_index_score p
                        join criterion c on c.id = p.criterion_id
                        join unit_index_round pr on pr.id = p.round_id
                        join unit_index_round r on r.year = pr.year + 1 and r.id = :round
                        where p.unit_id in (:units) and p.appraisal <> 'PENDING'
                        """)
                .param("round", roundId)
                .param("units", rows.stream().map(QueueRow::unitId).distinct().toList())
                .query(rs -> {
                    previous.put(rs.getLong("unit_id") + "|" + rs.getString("code"), rs.getBigDecimal("appraised_score"));
                });
        return rows.stream().map(row -> new QueueRow(row.scoreId(), row.lockVersion(), row.unitId(), row.unitName(),
                row.groupId(), row.groupName(), row.criterionId(), row.code(), row.nameVi(), row.nameEn(), row.areaId(),
                row.areaCode(), row.part(), row.maxPoints(), row.selfScore(), row.appraisal(), row.appraisedScore(),
                evidence.getOrDefault(row.scoreId(), 0), previous.get(row.unitId() + "|" + row.code()), row.state(),
                row.contestId(), row.contestAnswer())).toList();
    }

    private static QueueRow row(ResultSet rs, int i) throws SQLException {
        String answer = rs.getString("answer");
        return new QueueRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("group_id"), rs.getString("group_name"), rs.getLong("criterion_id"), rs.getString("code"),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("area_id"), rs.getString("area_code"),
                CriterionPart.valueOf(rs.getString("part")), rs.getBigDecimal("max_points"),
                rs.getBigDecimal("self_score"), AppraisalState.valueOf(rs.getString("appraisal")),
                rs.getBigDecimal("appraised_score"), 0, null, QueueState.valueOf(rs.getString("state")),
                rs.getObject("contest_id", Long.class), answer == null ? null : ContestAnswer.valueOf(answer));
    }
}
