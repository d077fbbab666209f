package vn.reformtrack.indices;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Criteria with their place in the tree, in tree order (siblings by position, then code), in two queries whatever
 * the number: one recursive walk, one for the coordinating units.
 */
@Component
@Transactional(readOnly = true)
class CriterionQueries {

    private static final String TREE = """
            with recursive walk as (
                select c.id, 0 as depth, c.id as area_id,
                       lpad(c.position::text, 6, '0') || '~' || c.code as path
                from criterion c
                where c.parent_id is null and c.version_id in (%s)
                union all
                select c.id, walk.depth + 1, walk.area_id,
                       walk.path || '/' || lpad(c.position::text, 6, '0') || '~' || c.code
                from criterion c join walk on c.parent_id = walk.id
                where walk.depth < 30
            )
            select c.id, c.version_id, f.code as framework_code, c.parent_id, c.code, c.name_vi, c.name_en, c.kind,
                   c.max_points, c.score_step, c.weight_percent, c.assessment, c.position, c.lead_unit_id,
                   c.retired, walk.depth, area.code as area_code,
                   not exists (select 1 from criterion k where k.parent_id = c.id and not k.retired) as leaf
            from walk
            join criterion c on c.id = walk.id
            join criterion area on area.id = walk.area_id
            join framework_version v on v.id = c.version_id
            join index_framework f on f.id = v.framework_id
            %s
            order by c.version_id, walk.path collate "C"
            """;

    private final JdbcClient jdbc;

    CriterionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CriterionSummary> tree(long versionId) {
        return trees(List.of(versionId));
    }

    List<CriterionSummary> trees(Collection<Long> versionIds) {
        return query(TREE.formatted(":versions", ""), Map.of("versions", versionIds));
    }

    boolean assignable(long criterionId) {
        return jdbc.sql("""
                        with recursive up as (
                            select id, parent_id, retired, version_id, 0 as depth from criterion where id = :id
                            union all
                            select c.id, c.parent_id, c.retired, c.version_id, up.depth + 1
                            from criterion c join up on c.id = up.parent_id where up.depth < 30
                        )
                        select count(*) > 0 and not bool_or(up.retired) and not bool_or(v.retired)
                        from up join framework_version v on v.id = up.version_id
                        """)
                .param("id", criterionId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    Map<Long, Long> lockVersions(long versionId) {
        Map<Long, Long> versions = new HashMap<>();
        jdbc.sql("select id, version from criterion where version_id = :version")
                .param("version", versionId)
                .query(rs -> {
                    versions.put(rs.getLong("id"), rs.getLong("version"));
                });
        return versions;
    }

    /** Active criteria per version, for lists of versions. */
    Map<Long, Long> activeCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select version_id, count(*) as n from criterion where not retired group by version_id")
                .query(rs -> {
                    counts.put(rs.getLong("version_id"), rs.getLong("n"));
                });
        return counts;
    }

    List<CriterionSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> versions = jdbc.sql("select distinct version_id from criterion where id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list();
        if (versions.isEmpty()) {
            return List.of();
        }
        return query(TREE.formatted(":versions", "where c.id in (:ids)"), Map.of("versions", versions, "ids", ids));
    }

    private List<CriterionSummary> query(String sql, Map<String, ?> parameters) {
        List<Row> rows = jdbc.sql(sql).params(parameters).query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("version_id"),
                        rs.getString("framework_code"),
                        rs.getObject("parent_id", Long.class),
                        rs.getString("code"),
                        rs.getString("name_vi"),
                        rs.getString("name_en"),
                        CriterionKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("max_points"),
                        rs.getBigDecimal("score_step"),
                        rs.getBigDecimal("weight_percent"),
                        AssessmentMethod.valueOf(rs.getString("assessment")),
                        rs.getInt("position"),
                        rs.getObject("lead_unit_id", Long.class),
                        rs.getBoolean("retired"),
                        rs.getInt("depth"),
                        rs.getBoolean("leaf"),
                        rs.getString("area_code")))
                .list();
        Map<Long, Set<Long>> coordinating = coordinatingUnits(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> row.summary(coordinating.getOrDefault(row.id(), Set.of()))).toList();
    }

    private Map<Long, Set<Long>> coordinatingUnits(List<Long> criterionIds) {
        Map<Long, Set<Long>> units = new HashMap<>();
        if (criterionIds.isEmpty()) {
            return units;
        }
        jdbc.sql("select criterion_id, unit_id from criterion_coordinating_unit where criterion_id in (:ids)")
                .param("ids", criterionIds)
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong("criterion_id"), id -> new HashSet<>()).add(rs.getLong("unit_id"));
                });
        return units;
    }

    private record Row(
            long id, long versionId, String frameworkCode, Long parentId, String code, String nameVi, String nameEn,
            CriterionKind kind, java.math.BigDecimal maxPoints, java.math.BigDecimal scoreStep,
            java.math.BigDecimal weightPercent, AssessmentMethod assessment, int position, Long leadUnitId,
            boolean retired, int depth, boolean leaf, String areaCode) {

        CriterionSummary summary(Set<Long> coordinatingUnitIds) {
            return new CriterionSummary(id, versionId, frameworkCode, parentId, code, nameVi, nameEn, kind, maxPoints,
                    scoreStep, weightPercent, assessment, position, leadUnitId, Set.copyOf(coordinatingUnitIds),
                    retired, depth, leaf, areaCode);
        }
    }
}
