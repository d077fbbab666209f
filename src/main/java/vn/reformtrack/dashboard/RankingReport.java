package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.util.List;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.results.NationalTable;
import vn.reformtrack.results.ResultSummary;

/**
 * Where the province ranks in one index and year: the national table (own row marked), the own rank over the years,
 * and the points needed to pass the (up to three) provinces just above, or the lead over the runner-up when first.
 *
 * @param history   the own province's results, oldest first
 * @param climbs    nearest first
 * @param runnerUp  when the own province is first: the best province after it (else null)
 * @param lead      the own total minus the runner-up's
 */
public record RankingReport(FrameworkSummary framework, List<FrameworkSummary> frameworks, int year, List<Integer> years,
        NationalTable table, List<ResultSummary> history, List<Climb> climbs, ResultSummary runnerUp, BigDecimal lead) {

    /** The rows that can be drawn: those with a published total. */
    public List<NationalTable.Row> scored() {
        return table.rows().stream().filter(row -> row.result().total() != null).toList();
    }

    public boolean ownRanked() {
        return table.own() != null && table.own().result().rank() != null;
    }
}
