package vn.reformtrack.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;

/**
 * The analysis pages' figures, each in a few SQL queries whatever the size: a year's national table with the own
 * province and the gap to the next rank up, a province's history with the change from year to year (its predecessors'
 * years included after a merger), and the points the own province lost per criterion.
 */
@Service
@Transactional(readOnly = true)
public class ResultAnalysis {

    private final ResultQueries queries;
    private final IndexResults results;
    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final JdbcClient jdbc;

    ResultAnalysis(ResultQueries queries, IndexResults results, IndexCatalog catalog, UnitDirectory units, JdbcClient jdbc) {
        this.queries = queries;
        this.results = results;
        this.catalog = catalog;
        this.units = units;
        this.jdbc = jdbc;
    }

    public NationalTable nationalTable(String frameworkCode, int year) {
        List<ResultSummary> table = results.nationalTable(frameworkCode, year);
        String own = results.ownJurisdictionCode();
        Map<Long, String> successors = successorNames();
        List<NationalTable.Row> rows = table.stream()
                .map(result -> new NationalTable.Row(result, result.percentOfMax(),
                        Grade.of(frameworkCode, result.percentOfMax()), result.jurisdictionCode().equals(own),
                        successors.get(result.jurisdictionId())))
                .toList();
        boolean complete = !table.isEmpty() && table.stream().allMatch(r -> r.total() != null && r.ofTotal() == table.size());
        List<BigDecimal> totals = table.stream().map(ResultSummary::total).filter(java.util.Objects::nonNull).sorted().toList();
        NationalTable.Statistic mean = statistic(frameworkCode, year, StatisticKind.NATIONAL_MEAN, complete, () -> mean(totals));
        NationalTable.Statistic median = statistic(frameworkCode, year, StatisticKind.NATIONAL_MEDIAN, complete, () -> median(totals));
        NationalTable.Row ownRow = rows.stream().filter(NationalTable.Row::own).findFirst().orElse(null);
        NationalTable.Row nextUp = null;
        if (ownRow != null && ownRow.result().total() != null) {
            BigDecimal ownTotal = ownRow.result().total();
            nextUp = rows.stream()
                    .filter(row -> row.result().total() != null && row.result().total().compareTo(ownTotal) > 0)
                    .min(Comparator.comparing(row -> row.result().total()))
                    .orElse(null);
        }
        BigDecimal gap = nextUp == null ? null : nextUp.result().total().subtract(ownRow.result().total());
        BigDecimal maxTotal = catalog.versionFor(frameworkCode, year).map(VersionSummary::maxTotal).orElse(null);
        return new NationalTable(frameworkCode.toUpperCase(java.util.Locale.ROOT), year, maxTotal, rows, complete, mean,
                median, ownRow, nextUp, gap);
    }

    /** The own province's results for an index, oldest first, with its predecessors' before a merger. */
    public List<HistoryRow> ownHistory(String frameworkCode) {
        return history(frameworkCode, results.ownJurisdictionCode());
    }

    public List<HistoryRow> history(String frameworkCode, String jurisdictionCode) {
        List<ResultSummary> rows = queries.where("""
                        upper(f.code) = upper(:framework)
                        and (j.code = :code or j.successor_id = (select id from jurisdiction where code = :code))
                        """, "r.year, j.code", Map.of("framework", frameworkCode, "code", jurisdictionCode));
        Map<Integer, ResultSummary> byYear = rows.stream()
                .filter(row -> row.jurisdictionCode().equals(jurisdictionCode))
                .collect(Collectors.toMap(ResultSummary::year, row -> row));
        List<HistoryRow> history = new ArrayList<>();
        for (ResultSummary row : rows) {
            boolean own = row.jurisdictionCode().equals(jurisdictionCode);
            ResultSummary before = own ? byYear.get(row.year() - 1) : null;
            BigDecimal points = before == null || before.total() == null || row.total() == null
                    ? null : row.total().subtract(before.total());
            Integer places = before == null || before.rank() == null || row.rank() == null
                    || before.rankTo() != null || row.rankTo() != null ? null : before.rank() - row.rank();
            history.add(new HistoryRow(row, row.percentOfMax(), Grade.of(frameworkCode, row.percentOfMax()), points,
                    places, own ? null : row.jurisdictionName()));
        }
        return history;
    }

    /** Where the own province lost points in a year, largest losses first; {@code areaCode} narrows to one area. */
    public LostPoints lostPoints(String frameworkCode, int year, String areaCode) {
        Optional<ResultSummary> found = results.ownResult(frameworkCode, year);
        if (found.isEmpty() || found.get().versionId() == null) {
            return new LostPoints(found.orElse(null), List.of(), List.of(), BigDecimal.ZERO, 0, null);
        }
        ResultSummary result = found.get();
        List<CriterionSummary> tree = catalog.tree(result.versionId());
        Map<Long, Scored> scores = scores(result.id());
        Optional<ResultSummary> previous = results.ownResult(frameworkCode, year - 1);
        Map<String, BigDecimal> previousByCode = previous.map(p -> scoresByCode(p.id())).orElse(Map.of());
        Set<Long> leadIds = tree.stream().map(CriterionSummary::leadUnitId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, UnitSummary> leads = units.findAll(leadIds);
        List<LostPoints.Row> rows = new ArrayList<>();
        for (CriterionSummary criterion : tree) {
            if (!criterion.leaf() || criterion.retired() || areaCode != null && !areaCode.equals(criterion.areaCode())) {
                continue;
            }
            Scored scored = scores.get(criterion.id());
            BigDecimal score = scored == null ? null : scored.score();
            BigDecimal lost = score == null || criterion.maxPoints() == null ? null : criterion.maxPoints().subtract(score);
            BigDecimal before = previousByCode.get(criterion.code());
            BigDecimal change = score == null || before == null ? null : score.subtract(before);
            UnitSummary lead = criterion.leadUnitId() == null ? null : leads.get(criterion.leadUnitId());
            rows.add(new LostPoints.Row(criterion, score, lost, before, change, lead == null ? null : lead.name(),
                    scored == null ? null : scored.note()));
        }
        rows.sort(Comparator.comparing(LostPoints.Row::lost, Comparator.nullsLast(Comparator.reverseOrder())));
        BigDecimal totalLost = rows.stream().map(LostPoints.Row::lost).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long scoredCount = rows.stream().filter(row -> row.score() != null).count();
        List<CriterionSummary> areas = tree.stream().filter(c -> c.depth() == 0 && !c.retired()).toList();
        return new LostPoints(result, rows, areas, totalLost, scoredCount, previous.isPresent() ? year - 1 : null);
    }

    /** A result's scores for the score page; the tree is empty when the year has no methodology. */
    public ScoreSheet scoreSheet(long resultId) {
        ResultSummary result = queries.where("r.id = :id", "r.id", Map.of("id", resultId)).stream().findFirst()
                .orElseThrow(() -> new vn.reformtrack.shared.web.NotFoundException("Result", resultId));
        long lockVersion = jdbc.sql("select version from index_result where id = :id").param("id", resultId)
                .query(Long.class).single();
        List<CriterionSummary> tree = result.versionId() == null ? List.of() : catalog.tree(result.versionId());
        Map<Long, BigDecimal> values = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        scores(resultId).forEach((id, scored) -> {
            values.put(id, scored.score());
            if (scored.note() != null) {
                notes.put(id, scored.note());
            }
        });
        BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoreSheet(result, lockVersion, tree, values, notes, sum);
    }

    private record Scored(BigDecimal score, String note) {}

    private Map<Long, Scored> scores(long resultId) {
        Map<Long, Scored> scores = new HashMap<>();
        jdbc.sql("select criterion_id, score, note from criterion_score where result_id = :result")
                .param("result", resultId)
                .query(rs -> {
                    scores.put(rs.getLong("criterion_id"), new Scored(rs.getBigDecimal("score"), rs.getString("note")));
                });
        return scores;
    }

    private Map<String, BigDecimal> scoresByCode(long resultId) {
        Map<String, BigDecimal> scores = new HashMap<>();
        jdbc.sql("""
                        select c.code, s.score from criterion_score s join criterion c on c.id = s.criterion_id
                        where s.result_id = :result
                        """)
                .param("result", resultId)
                .query(rs -> {
                    scores.put(rs.getString("code"), rs.getBigDecimal("score"));
                });
        return scores;
    }

    private Map<Long, String> successorNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select j.id, s.name_vi from jurisdiction j join jurisdiction s on s.id = j.successor_id")
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name_vi"));
                });
        return names;
    }

    private NationalTable.Statistic statistic(String frameworkCode, int year, StatisticKind kind, boolean complete,
            java.util.function.Supplier<BigDecimal> computed) {
        return results.statistic(frameworkCode, year, kind)
                .map(value -> new NationalTable.Statistic(value, false))
                .orElseGet(() -> complete ? new NationalTable.Statistic(computed.get(), true) : null);
    }

    static BigDecimal mean(List<BigDecimal> totals) {
        return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 4, RoundingMode.HALF_UP);
    }

    /** {@code totals} sorted. */
    static BigDecimal median(List<BigDecimal> totals) {
        int middle = totals.size() / 2;
        return totals.size() % 2 == 1 ? totals.get(middle)
                : totals.get(middle - 1).add(totals.get(middle)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }
}
