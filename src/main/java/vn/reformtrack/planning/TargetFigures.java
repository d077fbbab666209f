package vn.reformtrack.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.ResultSummary;

/**
 * The own province's published figures a plan's targets are judged on: every index's result of a year in one
 * statement, read once however many plans and targets ask. Criterion scores are read only when a target measures a
 * criterion, once per index and year.
 */
@Component
class TargetFigures {

    private final IndexResults results;

    TargetFigures(IndexResults results) {
        this.results = results;
    }

    /** A fresh cache for one page or one call. */
    Cache cache() {
        return new Cache();
    }

    final class Cache {

        private final Map<String, YearFigures> figures = new HashMap<>();
        /** Every index's own result of a year, read for all indices the first time the year is asked for. */
        private final Map<Integer, Map<String, ResultSummary>> ownResults = new HashMap<>();

        YearFigures of(String frameworkCode, int year, boolean withCriteria) {
            String key = frameworkCode.toUpperCase(Locale.ROOT) + "|" + year + "|" + withCriteria;
            return figures.computeIfAbsent(key, k -> new YearFigures(year, ownResult(frameworkCode, year),
                    withCriteria ? results.ownCriterionScores(frameworkCode, year) : Map.of()));
        }

        private ResultSummary ownResult(String frameworkCode, int year) {
            return ownResults.computeIfAbsent(year, y -> {
                Map<String, ResultSummary> byIndex = new HashMap<>();
                results.ownResults(List.of(y)).forEach(result ->
                        byIndex.putIfAbsent(result.frameworkCode().toUpperCase(Locale.ROOT), result));
                return byIndex;
            }).get(frameworkCode.toUpperCase(Locale.ROOT));
        }
    }
}
