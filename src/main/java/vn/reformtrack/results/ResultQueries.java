package vn.reformtrack.results;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Results joined with their framework, jurisdiction and methodology maximum, for lists and other modules. */
@Component
@Transactional(readOnly = true)
class ResultQueries {

    private static final String SELECT = """
            select r.id, r.framework_id, f.code as framework_code, r.version_id, r.year, r.jurisdiction_id,
                   j.code as jurisdiction_code, j.name_vi as jurisdiction_name, r.total, r.rank, r.rank_to, r.of_total,
                   r.rank_computed, r.source, v.max_total
            from index_result r
            join index_framework f on f.id = r.framework_id
            join jurisdiction j on j.id = r.jurisdiction_id
            left join framework_version v on v.id = r.version_id
            """;

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ResultSummary> where(String condition, String order, Map<String, ?> parameters) {
        return jdbc.sql(SELECT + " where " + condition + " order by " + order)
                .params(parameters)
                .query((rs, i) -> new ResultSummary(
                        rs.getLong("id"),
                        rs.getLong("framework_id"),
                        rs.getString("framework_code"),
                        rs.getObject("version_id", Long.class),
                        rs.getInt("year"),
                        rs.getLong("jurisdiction_id"),
                        rs.getString("jurisdiction_code"),
                        rs.getString("jurisdiction_name"),
                        rs.getBigDecimal("total"),
                        rs.getObject("rank", Integer.class),
                        rs.getObject("rank_to", Integer.class),
                        rs.getInt("of_total"),
                        rs.getBoolean("rank_computed"),
                        rs.getString("source"),
                        rs.getBigDecimal("max_total")))
                .list();
    }
}
