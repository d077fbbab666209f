package vn.reformtrack.reporting;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;

/**
 * Every criterion of the index catalog with the area (top-level criterion) it belongs to, and the frameworks' short
 * names, for the consolidated report's progress by area. Walking the trees took three statements and a few
 * milliseconds of mapping on each view, for a catalog of some hundred criteria that changes a few times a year; so the
 * trees are kept under the catalog's {@link IndexCatalog#changeStamp()}, read on each call: a criterion or version
 * added or edited on any node shows on the next call, never a stale area. The frameworks' names are read each time.
 */
@Component
class CriterionAreas {

    private final IndexCatalog catalog;
    private volatile Trees kept;

    CriterionAreas(IndexCatalog catalog) {
        this.catalog = catalog;
    }

    /** The catalog's trees as of one stamp: each criterion by id, and each version's areas by code. */
    private record Trees(String stamp, Map<Long, CriterionSummary> criteria,
            Map<Long, Map<String, CriterionSummary>> areas) {}

    /** The catalog as it is now, with each framework's short name by code. */
    record Catalog(Trees trees, Map<String, String> frameworkLabels) {

        /** The catalogue's version the trees were read at (it moves also with an index's names). */
        String stamp() {
            return trees.stamp();
        }

        /** The criteria of {@code ids} that the catalog has, by id. */
        Map<Long, CriterionSummary> criteria(Collection<Long> ids) {
            Map<Long, CriterionSummary> found = new HashMap<>();
            ids.forEach(id -> {
                CriterionSummary criterion = trees.criteria().get(id);
                if (criterion != null) {
                    found.put(id, criterion);
                }
            });
            return found;
        }

        /** A version's areas by code (none for an unknown version). */
        Map<String, CriterionSummary> areasOf(long versionId) {
            return trees.areas().getOrDefault(versionId, Map.of());
        }
    }

    /** The trees kept while the stamp holds (read again when it has changed), and the frameworks as they are now. */
    Catalog current() {
        // The stamp is read before the trees: trees newer than their stamp are read again on the next call, never kept
        // under a stamp that says they are current when they are not.
        String stamp = catalog.changeStamp();
        Trees trees = kept;
        if (trees == null || !trees.stamp().equals(stamp)) {
            trees = read(stamp);
            kept = trees;
        }
        Map<String, String> labels = new HashMap<>();
        catalog.frameworks().forEach(framework -> labels.put(framework.code(),
                shortName(framework.nameVi(), framework.code())));
        return new Catalog(trees, labels);
    }

    /** "Chỉ số cải cách hành chính cấp tỉnh (PAR Index)" is "PAR Index"; a name without brackets is its code. */
    static String shortName(String name, String code) {
        int open = name == null ? -1 : name.lastIndexOf('(');
        return open >= 0 && name.endsWith(")") ? name.substring(open + 1, name.length() - 1) : code;
    }

    private Trees read(String stamp) {
        List<Long> versionIds = catalog.allVersions().stream().map(VersionSummary::id).toList();
        Map<Long, CriterionSummary> criteria = new HashMap<>();
        Map<Long, Map<String, CriterionSummary>> areas = new HashMap<>();
        catalog.trees(versionIds).forEach((versionId, tree) -> {
            Map<String, CriterionSummary> byCode = new HashMap<>();
            tree.forEach(criterion -> {
                criteria.put(criterion.id(), criterion);
                if (criterion.depth() == 0) {
                    byCode.put(criterion.code(), criterion);
                }
            });
            areas.put(versionId, Collections.unmodifiableMap(byCode));
        });
        return new Trees(stamp, Collections.unmodifiableMap(criteria), Collections.unmodifiableMap(areas));
    }
}
