package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.settings.Settings;

/**
 * How other modules read published results: the own province's result and history per index, a year's national
 * table, national statistics, and the own province's criterion scores.
 */
@Service
@Transactional(readOnly = true)
public class IndexResults {

    private final ResultQueries queries;
    private final JurisdictionRepository jurisdictions;
    private final Settings settings;
    private final JdbcClient jdbc;

    IndexResults(ResultQueries queries, JurisdictionRepository jurisdictions, Settings settings, JdbcClient jdbc) {
        this.queries = queries;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * What the own province's figures were read at: the results' version (V181, moved by every change to results,
     * criterion scores and jurisdictions) and the own province's code. A reader that keeps what it made of these
     * figures reads this first and keeps it beside; the catalogue has its own ({@code IndexCatalog.changeStamp()}).
     */
    public String changeStamp() {
        return queries.version() + "|" + ownJurisdictionCode();
    }

    /** The code of the province this deployment serves (a setting), e.g. {@code 22} for Quảng Ninh. */
    public String ownJurisdictionCode() {
        return settings.get(ResultsSettings.OWN_JURISDICTION);
    }

    public Optional<JurisdictionSummary> ownJurisdiction() {
        return jurisdiction(ownJurisdictionCode());
    }

    public Optional<JurisdictionSummary> jurisdiction(String code) {
        return jurisdictions.findByCode(code).map(Jurisdiction::summary);
    }

    public List<JurisdictionSummary> jurisdictions() {
        return jurisdictions.findAll().stream()
                .map(Jurisdiction::summary)
                .sorted(java.util.Comparator.comparing(JurisdictionSummary::code))
                .toList();
    }

    public Optional<ResultSummary> ownResult(String frameworkCode, int year) {
        return queries.where("upper(f.code) = upper(:framework) and r.year = :year and j.code = :own", "r.id",
                        Map.of("framework", frameworkCode, "year", year, "own", ownJurisdictionCode()))
                .stream()
                .findFirst();
    }

    /** The own province's results of every index in these years, in one statement. */
    public List<ResultSummary> ownResults(java.util.Collection<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return queries.where("r.year in (:years) and j.code = :own", "r.id",
                Map.of("years", years, "own", ownJurisdictionCode()));
    }

    /** The own province's results of every national index, by index code, then oldest first, in one statement. */
    public List<ResultSummary> ownProvinceResults() {
        return queries.where("j.code = :own and f.subject = 'PROVINCE'", "f.code, r.year",
                Map.of("own", ownJurisdictionCode()));
    }

    /** The own province's results for an index, oldest first. */
    public List<ResultSummary> ownHistory(String frameworkCode) {
        return queries.where("upper(f.code) = upper(:framework) and j.code = :own", "r.year",
                Map.of("framework", frameworkCode, "own", ownJurisdictionCode()));
    }

    /** Every known result of a year, best first (by rank, then total); unknown ranks and totals last. */
    public List<ResultSummary> nationalTable(String frameworkCode, int year) {
        return queries.where("upper(f.code) = upper(:framework) and r.year = :year",
                "r.rank nulls last, r.total desc nulls last, j.code",
                Map.of("framework", frameworkCode, "year", year));
    }

    /** The years that have at least one result for the index, newest first. */
    public List<Integer> years(String frameworkCode) {
        return jdbc.sql("""
                        select distinct r.year from index_result r join index_framework f on f.id = r.framework_id
                        where upper(f.code) = upper(:framework) order by r.year desc
                        """)
                .param("framework", frameworkCode)
                .query(Integer.class)
                .list();
    }

    public Optional<BigDecimal> statistic(String frameworkCode, int year, StatisticKind kind) {
        return jdbc.sql("""
                        select s.value from index_statistic s join index_framework f on f.id = s.framework_id
                        where upper(f.code) = upper(:framework) and s.year = :year and s.kind = :kind
                        """)
                .param("framework", frameworkCode)
                .param("year", year)
                .param("kind", kind.name())
                .query(BigDecimal.class)
                .optional();
    }

    /** The own province's score per criterion id, for an index and year; empty when none were recorded. */
    public Map<Long, BigDecimal> ownCriterionScores(String frameworkCode, int year) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        ownResult(frameworkCode, year).ifPresent(result -> jdbc.sql(
                        "select criterion_id, score from criterion_score where result_id = :result")
                .param("result", result.id())
                .query(rs -> {
                    scores.put(rs.getLong("criterion_id"), rs.getBigDecimal("score"));
                }));
        return scores;
    }
}
