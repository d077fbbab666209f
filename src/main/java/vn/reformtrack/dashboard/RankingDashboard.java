package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.NationalTable;
import vn.reformtrack.results.ResultAnalysis;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.shared.web.NotFoundException;

/** The province among all provinces: published results are public, so every role sees the same page. */
@Service
@Transactional(readOnly = true)
public class RankingDashboard {

    static final int CLIMBS = 3;

    private final IndexCatalog catalog;
    private final IndexResults results;
    private final ResultAnalysis analysis;
    private final OwnResults own;
    private final Clock clock;

    RankingDashboard(IndexCatalog catalog, IndexResults results, ResultAnalysis analysis, OwnResults own, Clock clock) {
        this.catalog = catalog;
        this.results = results;
        this.analysis = analysis;
        this.own = own;
        this.clock = clock;
    }

    /** The order leaders read the national indices in; any other national index follows by code. */
    static final List<String> ORDER = List.of("PAR_PROVINCE", "SIPAS", "PAPI", "PCI");

    /** The national indices, the ones that rank provinces: the PAR Index first. */
    public List<FrameworkSummary> frameworks() {
        return catalog.frameworks().stream().filter(f -> f.subject() == IndexSubject.PROVINCE)
                .sorted(Comparator.comparingInt((FrameworkSummary f) -> {
                    int at = ORDER.indexOf(f.code().toUpperCase(java.util.Locale.ROOT));
                    return at < 0 ? ORDER.size() : at;
                }).thenComparing(FrameworkSummary::code))
                .toList();
    }

    /**
     * @param code an index code (the PAR Index when missing); an unknown one or one that ranks no provinces is not found
     * @param year the year to show; by default the latest in which the own province has a result
     */
    public RankingReport report(String code, Integer year) {
        List<FrameworkSummary> frameworks = frameworks();
        FrameworkSummary framework = frameworks.stream()
                .filter(f -> f.code().equalsIgnoreCase(code == null || code.isBlank() ? "PAR_PROVINCE" : code))
                .findFirst()
                .or(() -> code == null || code.isBlank() ? frameworks.stream().findFirst() : java.util.Optional.empty())
                .orElseThrow(() -> new NotFoundException("Framework", code));
        List<ResultSummary> history = own.histories().getOrDefault(framework.code().toUpperCase(java.util.Locale.ROOT),
                List.of());
        List<Integer> years = results.years(framework.code());
        int shown = year != null && year >= DashboardPeriod.FIRST_YEAR && year <= DashboardPeriod.LAST_YEAR ? year
                : !history.isEmpty() ? history.get(history.size() - 1).year()
                : !years.isEmpty() ? years.get(0) : LocalDate.now(clock).getYear() - 1;
        NationalTable table = analysis.nationalTable(framework.code(), shown);
        List<Climb> climbs = List.of();
        ResultSummary runnerUp = null;
        BigDecimal lead = null;
        NationalTable.Row ownRow = table.own();
        if (ownRow != null && ownRow.result().total() != null) {
            BigDecimal ownTotal = ownRow.result().total();
            climbs = table.rows().stream()
                    .map(NationalTable.Row::result)
                    .filter(r -> r.total() != null && r.total().compareTo(ownTotal) > 0)
                    .sorted(Comparator.comparing(ResultSummary::total))
                    .limit(CLIMBS)
                    .map(r -> new Climb(r, r.total().subtract(ownTotal),
                            r.rank() != null ? r.rank() : ownRow.result().rank() == null ? 1 : ownRow.result().rank()))
                    .toList();
            if (climbs.isEmpty()) {
                runnerUp = table.rows().stream()
                        .map(NationalTable.Row::result)
                        .filter(r -> !r.jurisdictionCode().equals(ownRow.result().jurisdictionCode()))
                        .filter(r -> r.total() != null)
                        .max(Comparator.comparing(ResultSummary::total))
                        .orElse(null);
                lead = runnerUp == null ? null : ownTotal.subtract(runnerUp.total());
            }
        }
        return new RankingReport(framework, frameworks, shown, years, table, history, climbs, runnerUp, lead);
    }

    /** The rank history as numbers a chart can draw: years with a single published rank. */
    public static List<ResultSummary> ranked(List<ResultSummary> history) {
        return history.stream().filter(r -> r.rank() != null && r.rankTo() == null).filter(Objects::nonNull).toList();
    }
}
