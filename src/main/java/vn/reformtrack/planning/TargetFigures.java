package vn.reformtrack.planning;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.reformtrack.results.IndexResults;

/**
 * The own province's published figures a plan's targets are judged on, read once per index and year however many
 * targets ask. Criterion scores are read only when a target measures a criterion.
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

        YearFigures of(String frameworkCode, int year, boolean withCriteria) {
            String key = frameworkCode + "|" + year + "|" + withCriteria;
            return figures.computeIfAbsent(key, k -> new YearFigures(year,
                    results.ownResult(frameworkCode, year).orElse(null),
                    withCriteria ? results.ownCriterionScores(frameworkCode, year) : Map.of()));
        }
    }
}
