package vn.reformtrack.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.shared.db.KeptReads;

/**
 * The own province's published results of every national index, by index, oldest first. The rows are the results
 * module's kept read ({@link IndexResults#ownProvinceResults}, read again once the results or the catalogue have moved);
 * grouped once per list of rows, so that while the rows are the same objects the leader's home, the overview and the
 * rankings get the same map, and the overview's kept rendering compares it at once.
 */
@Component
class OwnResults {

    private final IndexResults results;
    private final KeptReads<String, Object, Map<String, List<ResultSummary>>> grouped = new KeptReads<>(1);

    OwnResults(IndexResults results) {
        this.results = results;
    }

    /** By framework code (upper case); an index without results is absent. Not to be changed: it is kept. */
    Map<String, List<ResultSummary>> histories() {
        List<ResultSummary> rows = results.ownProvinceResults();
        return grouped.get("own", KeptReads.sameObjects(rows), true, () -> group(rows));
    }

    private static Map<String, List<ResultSummary>> group(List<ResultSummary> rows) {
        Map<String, List<ResultSummary>> histories = new LinkedHashMap<>();
        rows.forEach(result -> histories.computeIfAbsent(result.frameworkCode().toUpperCase(Locale.ROOT),
                code -> new ArrayList<>()).add(result));
        histories.replaceAll((code, history) -> List.copyOf(history));
        return Collections.unmodifiableMap(histories);
    }
}
