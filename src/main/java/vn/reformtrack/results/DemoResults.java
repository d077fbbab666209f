package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Demo mode only: the own province's criterion scores for the PAR Index 2022 and 2023, so that the lost-points page
 * shows something on a first run. The published totals and ranks stay as published (90.1 and 92.18, both first of
 * 63); the per-criterion split is ILLUSTRATIVE, adds up to the published total, and every score carries the note
 * {@value #NOTE}. Runs after the illustrative criteria, once: not when those results already have scores.
 */
@Slf4j
@Component
class DemoResults implements StartupTask {

    static final String NOTE = "Dữ liệu minh họa (demo)";
    private static final String FRAMEWORK = "PAR_PROVINCE";

    /** Illustrative points lost per criterion code; every other criterion scores its maximum. */
    private static final Map<Integer, Map<String, String>> LOST = Map.of(
            2022, Map.ofEntries(Map.entry("8.2", "3.4"), Map.entry("8.1", "1.35"), Map.entry("7.2", "1"),
                    Map.entry("3.3", "0.75"), Map.entry("2.2", "0.5"), Map.entry("5.2", "0.5"), Map.entry("1.5", "0.5"),
                    Map.entry("6.2", "0.5"), Map.entry("8.3", "0.65"), Map.entry("7.3", "0.5"), Map.entry("4.2", "0.25")),
            2023, Map.ofEntries(Map.entry("8.2", "2.6"), Map.entry("8.1", "0.94"), Map.entry("7.2", "0.75"),
                    Map.entry("3.3", "0.5"), Map.entry("2.2", "0.75"), Map.entry("5.2", "0.25"), Map.entry("6.2", "0.5"),
                    Map.entry("8.3", "0.53"), Map.entry("7.3", "0.5"), Map.entry("1.3", "0.5")));

    private final DemoMode demoMode;
    private final IndexResults results;
    private final IndexCatalog catalog;
    private final ScoreWriter writer;

    DemoResults(DemoMode demoMode, IndexResults results, IndexCatalog catalog, ScoreWriter writer) {
        this.demoMode = demoMode;
        this.results = results;
        this.catalog = catalog;
        this.writer = writer;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_RESULTS;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoMode.isOn()) {
            return;
        }
        int written = 0;
        for (var year : LOST.entrySet()) {
            ResultSummary result = results.ownResult(FRAMEWORK, year.getKey()).orElse(null);
            if (result == null || result.versionId() == null || !results.ownCriterionScores(FRAMEWORK, year.getKey()).isEmpty()) {
                continue;
            }
            List<ScoreWriter.Score> scores = new ArrayList<>();
            for (CriterionSummary criterion : catalog.tree(result.versionId())) {
                if (!criterion.leaf() || criterion.retired() || criterion.depth() == 0 || criterion.maxPoints() == null) {
                    continue;
                }
                BigDecimal lost = new BigDecimal(year.getValue().getOrDefault(criterion.code(), "0"));
                scores.add(new ScoreWriter.Score(result.id(), criterion.id(), criterion.maxPoints().subtract(lost), NOTE));
            }
            writer.write(scores);
            written += scores.size();
        }
        if (written > 0) {
            log.info("Demo mode: {} illustrative criterion scores of the own province (PAR Index 2022, 2023)", written);
        }
    }
}
