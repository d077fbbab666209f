package vn.reformtrack.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.shared.db.KeptReads;

/**
 * The own province's published results of every national index, oldest first, in one statement; kept with the stamps of
 * what it reads (the results' version and own province: {@link IndexResults#changeStamp}; the indices' codes and
 * methodologies: {@link IndexCatalog#changeStamp}), read before it, and read again once either has moved. The leader's
 * home, the dashboards' overview and the rankings read it on every view: made every time, it was the largest statement
 * of those pages (0.24 ms of PostgreSQL's time under load on the large data set), and the overview's kept rendering
 * compared its rows one by one with the kept ones.
 */
@Component
@Transactional(readOnly = true)
class OwnResults {

    private record Stamp(String results, String catalogue) {}

    private final JdbcClient jdbc;
    private final IndexResults results;
    private final IndexCatalog catalog;
    private final KeptReads<String, Stamp, Map<String, List<ResultSummary>>> kept = new KeptReads<>(4);

    OwnResults(JdbcClient jdbc, IndexResults results, IndexCatalog catalog) {
        this.jdbc = jdbc;
        this.results = results;
        this.catalog = catalog;
    }

    /** By framework code (upper case); an index without results is absent. Not to be changed: it is kept. */
    Map<String, List<ResultSummary>> histories() {
        Stamp stamp = new Stamp(results.changeStamp(), catalog.changeStamp());
        return kept.get("own", stamp, true, this::read);
    }

    private Map<String, List<ResultSummary>> read() {
        Map<String, List<ResultSummary>> histories = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.id, r.framework_id, f.code as framework_code, r.version_id, r.year, r.jurisdiction_id,
                               j.code as jurisdiction_code, j.name_vi as jurisdiction_name, r.total, r.rank, r.rank_to,
                               r.of_total, r.rank_computed, r.source, v.max_total
                        from index_result r
                        join jurisdiction j on j.id = r.jurisdiction_id
                        join index_framework f on f.id = r.framework_id
                        left join framework_version v on v.id = r.version_id
                        where j.code = :own and f.subject = 'PROVINCE'
                        order by f.code, r.year
                        """)
                .param("own", results.ownJurisdictionCode())
                .query((rs, i) -> new ResultSummary(rs.getLong("id"), rs.getLong("framework_id"),
                        rs.getString("framework_code"), rs.getObject("version_id", Long.class), rs.getInt("year"),
                        rs.getLong("jurisdiction_id"), rs.getString("jurisdiction_code"),
                        rs.getString("jurisdiction_name"), rs.getBigDecimal("total"), rs.getObject("rank", Integer.class),
                        rs.getObject("rank_to", Integer.class), rs.getInt("of_total"), rs.getBoolean("rank_computed"),
                        rs.getString("source"), rs.getBigDecimal("max_total")))
                .list()
                .forEach(result -> histories.computeIfAbsent(result.frameworkCode().toUpperCase(java.util.Locale.ROOT),
                        code -> new java.util.ArrayList<>()).add(result));
        histories.replaceAll((code, history) -> List.copyOf(history));
        return Collections.unmodifiableMap(histories);
    }
}
