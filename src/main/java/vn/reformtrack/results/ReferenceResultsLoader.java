package vn.reformtrack.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.reference.ReferenceCsv;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Loads the 63 provinces with their 2025 mergers, and the published results that could be confirmed, from
 * {@code reference/} on the first start (any mode: these are public facts). Sparse on purpose: a result may give only
 * a total, only a rank, or a rank range ("59-63").
 */
@Slf4j
@Component
class ReferenceResultsLoader implements StartupTask {

    private final JurisdictionRepository jurisdictions;
    private final IndexResultRepository results;
    private final IndexStatisticRepository statistics;
    private final IndexCatalog catalog;

    ReferenceResultsLoader(JurisdictionRepository jurisdictions, IndexResultRepository results,
            IndexStatisticRepository statistics, IndexCatalog catalog) {
        this.jurisdictions = jurisdictions;
        this.results = results;
        this.statistics = statistics;
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return StartupOrder.REFERENCE_RESULTS;
    }

    @Override
    @Transactional
    public void run() {
        if (jurisdictions.count() > 0) {
            return;
        }
        Map<String, Jurisdiction> byName = new HashMap<>();
        List<CSVRecord> rows = ReferenceCsv.read("reference/jurisdictions.csv");
        for (CSVRecord row : rows) {
            Jurisdiction jurisdiction = jurisdictions.save(new Jurisdiction(row.get("code"), row.get("name_vi"),
                    row.get("name_en"), JurisdictionKind.valueOf(row.get("kind").toUpperCase()), row.get("former_name_vi")));
            byName.put(jurisdiction.getNameVi(), jurisdiction);
        }
        for (CSVRecord row : rows) {
            if (!row.get("merged_into_vi").isBlank()) {
                Jurisdiction successor = byName.get(row.get("merged_into_vi"));
                byName.get(row.get("name_vi")).mergeInto(successor, LocalDate.parse(row.get("merged_on")));
            }
        }
        int loaded = 0;
        for (CSVRecord row : ReferenceCsv.read("reference/results.csv")) {
            FrameworkSummary framework = catalog.framework(row.get("index")).orElseThrow();
            int year = Integer.parseInt(row.get("year"));
            int ofTotal = Integer.parseInt(row.get("of_total"));
            BigDecimal score = row.get("score").isBlank() ? null : new BigDecimal(row.get("score"));
            String statistic = row.get("statistic");
            if (!statistic.equals("province")) {
                IndexStatistic national = new IndexStatistic(framework.id(), year, StatisticKind.valueOf(statistic.toUpperCase()));
                national.record(score, ofTotal, row.get("source"));
                statistics.save(national);
                continue;
            }
            String rank = row.get("rank").strip();
            if (score == null && rank.isEmpty()) {
                continue;
            }
            Integer rankFrom = rank.isEmpty() ? null : Integer.valueOf(rank.split("-")[0]);
            Integer rankTo = rank.contains("-") ? Integer.valueOf(rank.split("-")[1]) : null;
            Long versionId = catalog.versionFor(framework.code(), year).map(VersionSummary::id).orElse(null);
            Jurisdiction jurisdiction = jurisdictions.findByCode(row.get("jurisdiction_code")).orElseThrow();
            IndexResult result = new IndexResult(framework.id(), versionId, year, jurisdiction.getId());
            result.record(score, rankFrom, rankTo, ofTotal, row.get("source"), null);
            results.save(result);
            loaded++;
        }
        log.info("Reference results loaded: {} jurisdictions, {} published results", rows.size(), loaded);
    }
}
