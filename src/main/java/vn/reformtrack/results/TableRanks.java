package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Ranks of a year's table computed from totals, as the publisher ranks (equal totals share a rank, the next skips),
 * but only when the table is complete: every province of the "of how many" has a total. Published ranks are never
 * overwritten; computed ones are marked and withdrawn again when the table stops being complete.
 */
@Component
class TableRanks {

    private final IndexResultRepository results;

    TableRanks(IndexResultRepository results) {
        this.results = results;
    }

    void recompute(long frameworkId, int year) {
        List<IndexResult> table = results.findByFrameworkIdAndYear(frameworkId, year);
        if (!complete(table)) {
            table.forEach(IndexResult::clearComputedRank);
            return;
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        table.forEach(result -> totals.put(result.getId(), result.getTotal()));
        Map<Long, Integer> ranks = Ranking.rank(totals);
        for (IndexResult result : table) {
            if (result.getRank() == null || result.isRankComputed()) {
                result.computedRank(ranks.get(result.getId()));
            }
        }
    }

    /** Every row has a total, and there are as many rows as each row says were ranked. */
    static boolean complete(List<IndexResult> table) {
        return !table.isEmpty() && table.stream().allMatch(result -> result.getTotal() != null
                && result.getOfTotal() == table.size());
    }
}
