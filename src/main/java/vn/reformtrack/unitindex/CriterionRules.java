package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The unit-index rules of a set's criteria, read and written by criterion (a set in one statement or one batch). */
@Component
class CriterionRules {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CriterionRules(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The rules of a version's criteria, by criterion id (criteria without one are absent). */
    Map<Long, CriterionRule> ofVersion(long versionId) {
        Map<Long, CriterionRule> rules = new HashMap<>();
        jdbc.sql("""
                        select r.criterion_id, r.part, r.guidance, r.survey_scale_min, r.survey_scale_max
                        from unit_index_criterion r join criterion c on c.id = r.criterion_id
                        where c.version_id = :version
                        """)
                .param("version", versionId)
                .query(rs -> {
                    String part = rs.getString("part");
                    BigDecimal max = rs.getBigDecimal("survey_scale_max");
                    BigDecimal min = rs.getBigDecimal("survey_scale_min");
                    long id = rs.getLong("criterion_id");
                    rules.put(id, new CriterionRule(id, part == null ? null : CriterionPart.valueOf(part),
                            rs.getString("guidance"),
                            max == null ? null : new SurveyScale(min == null ? BigDecimal.ZERO : min, max)));
                });
        return rules;
    }

    void save(CriterionRule rule, String by) {
        saveAll(List.of(rule), by);
    }

    /** Each rule written or replaced, in one batch (an imported set's rows). */
    void saveAll(List<CriterionRule> rules, String by) {
        batch.batchUpdate("""
                insert into unit_index_criterion (criterion_id, part, guidance, survey_scale_min, survey_scale_max,
                                                  updated_at, updated_by)
                values (?, ?, ?, ?, ?, now(), ?)
                on conflict (criterion_id) do update set part = excluded.part, guidance = excluded.guidance,
                    survey_scale_min = excluded.survey_scale_min, survey_scale_max = excluded.survey_scale_max,
                    updated_at = now(), updated_by = excluded.updated_by
                """, rules, 500, (ps, rule) -> {
                    SurveyScale scale = rule.surveyScale();
                    ps.setLong(1, rule.criterionId());
                    ps.setString(2, rule.part() == null ? null : rule.part().name());
                    ps.setString(3, rule.guidance() == null || rule.guidance().isBlank() ? null : rule.guidance().strip());
                    ps.setBigDecimal(4, scale == null ? null : scale.min());
                    ps.setBigDecimal(5, scale == null ? null : scale.max());
                    ps.setString(6, by);
                });
    }

    /** Copies a version's rules onto another version's criteria of the same codes (a copied set). */
    int copy(long fromVersionId, long toVersionId, String by) {
        return jdbc.sql("""
                        insert into unit_index_criterion (criterion_id, part, guidance, survey_scale_min, survey_scale_max,
                                                          updated_at, updated_by)
                        select target.id, r.part, r.guidance, r.survey_scale_min, r.survey_scale_max, now(), :by
                        from unit_index_criterion r
                        join criterion source on source.id = r.criterion_id and source.version_id = :from
                        join criterion target on target.version_id = :to and target.code = source.code
                        on conflict (criterion_id) do nothing
                        """)
                .param("from", fromVersionId)
                .param("to", toVersionId)
                .param("by", by)
                .update();
    }
}
