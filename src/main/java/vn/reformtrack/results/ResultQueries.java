package vn.reformtrack.results;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.db.KeptReads;

/**
 * Results joined with their framework, jurisdiction and methodology maximum, for lists and other modules: each read kept
 * with the results' version (V181) and the catalogue's, and read again once either has moved (a round's projection, the
 * results tables and the rankings ask for the same national tables on every view).
 */
@Component
@Transactional(readOnly = true)
class ResultQueries {

    /** Reads kept: every index's tables and own results of a decade, with room. */
    private static final int KEPT_READS = 256;

    private static final String SELECT = """
            select r.id, r.framework_id, f.code as framework_code, r.version_id, r.year, r.jurisdiction_id,
                   j.code as jurisdiction_code, j.name_vi as jurisdiction_name, r.total, r.rank, r.rank_to, r.of_total,
                   r.rank_computed, r.source, v.max_total
            from index_result r
            join index_framework f on f.id = r.framework_id
            join jurisdiction j on j.id = r.jurisdiction_id
            left join framework_version v on v.id = r.version_id
            """;

    private record Read(String sql, Map<String, ?> parameters) {}

    private record Stamp(long results, String catalogue) {}

    private final JdbcClient jdbc;
    private final IndexCatalog catalog;
    private final KeptReads<Read, Stamp, List<ResultSummary>> kept = new KeptReads<>(KEPT_READS);

    ResultQueries(JdbcClient jdbc, IndexCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    List<ResultSummary> where(String condition, String order, Map<String, ?> parameters) {
        // The versions are read before the results: a read is never kept under a version newer than itself.
        Stamp stamp = new Stamp(version(), catalog.changeStamp());
        Read read = new Read(SELECT + " where " + condition + " order by " + order, Map.copyOf(parameters));
        return kept.get(read, stamp, true, () -> List.copyOf(read(read)));
    }

    /** The results' version (V181). */
    long version() {
        return jdbc.sql("select version from results_version where id = 1").query(Long.class).single();
    }

    private List<ResultSummary> read(Read read) {
        return jdbc.sql(read.sql())
                .params(read.parameters())
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
