package vn.reformtrack.indices;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.KeptReads;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * How other modules read the index catalogs: frameworks, the methodology version that applies to a year, and
 * criteria (one, many, or a whole tree in order).
 */
@Service
@Transactional(readOnly = true)
public class IndexCatalog {

    /** Trees (and frameworks' version lists) kept: every version of every index a province uses, with room. */
    private static final int KEPT_TREES = 64;

    private final IndexFrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CriterionRepository criteria;
    private final CriterionQueries queries;
    private final JdbcClient jdbc;
    private final KeptReads<Long, String, List<CriterionSummary>> keptTrees = new KeptReads<>(KEPT_TREES);
    private final KeptReads<String, String, List<VersionSummary>> keptVersions = new KeptReads<>(KEPT_TREES);

    IndexCatalog(IndexFrameworkRepository frameworks, FrameworkVersionRepository versions, CriterionRepository criteria,
            CriterionQueries queries, JdbcClient jdbc) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.criteria = criteria;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /**
     * A short text that changes whenever a criterion, its coordinating units, a methodology version or an index is
     * added, edited or removed, in the writer's transaction (V180): lets a reader keep something built from the trees
     * and rebuild it on the next request after a change, on every node.
     */
    public String changeStamp() {
        return criteria.changeStamp();
    }

    /** Every framework's name in the reader's language (English falls back to Vietnamese), by code. */
    public Map<String, String> frameworkNames(Locale locale) {
        return frameworks().stream().collect(Collectors.toMap(FrameworkSummary::code, framework -> framework.name(locale)));
    }

    /** All frameworks, the built-in national ones first (by code). */
    public List<FrameworkSummary> frameworks() {
        // One statement straight to summaries: most pages ask for the frameworks (the home page on every view).
        return jdbc.sql("select id, code, name_vi, name_en, scale, subject, active from index_framework")
                .query((rs, i) -> new FrameworkSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), IndexScale.valueOf(rs.getString("scale")),
                        IndexSubject.valueOf(rs.getString("subject")), rs.getBoolean("active")))
                .list().stream()
                .sorted(Comparator.comparing(FrameworkSummary::subject).thenComparing(FrameworkSummary::code))
                .toList();
    }

    public Optional<FrameworkSummary> framework(String code) {
        return frameworks.findByCode(code).map(IndexFramework::summary);
    }

    public Optional<FrameworkSummary> framework(long id) {
        return frameworks.findById(id).map(IndexFramework::summary);
    }

    /** A framework's methodology versions, kept with the catalogue's version (most pages of results ask for them). */
    public List<VersionSummary> versions(String frameworkCode) {
        String stamp = changeStamp();
        return keptVersions.get(frameworkCode, stamp, true,
                () -> versions.findByFrameworkCode(frameworkCode).stream().map(FrameworkVersion::summary).toList());
    }

    public List<VersionSummary> allVersions() {
        return versions.findAllWithFramework().stream().map(FrameworkVersion::summary).toList();
    }

    public Optional<VersionSummary> version(long id) {
        return versions.findWithFramework(id).map(FrameworkVersion::summary);
    }

    /** The methodology under which a year's results of this framework are scored (the newest if several apply). */
    public Optional<VersionSummary> versionFor(String frameworkCode, int year) {
        return versions(frameworkCode).stream()
                .filter(version -> version.appliesTo(year))
                .max(Comparator.comparingInt(VersionSummary::validFromYear));
    }

    public Optional<CriterionSummary> criterion(long id) {
        return queries.byIds(List.of(id)).stream().findFirst();
    }

    /** Many criteria in two queries, keyed by id; unknown ids are absent. */
    public Map<Long, CriterionSummary> criteria(Collection<Long> ids) {
        return queries.byIds(ids).stream().collect(Collectors.toMap(CriterionSummary::id, Function.identity()));
    }

    public Optional<CriterionSummary> findCriterion(long versionId, String code) {
        return criteria.findByVersionIdAndCode(versionId, code.strip()).flatMap(found -> criterion(found.getId()));
    }

    /**
     * A version's whole tree in order (areas, then their criteria, depth first), retired nodes included: kept with the
     * catalogue's version and read again once it has moved (a round's, a result's and a criteria set's pages read it on
     * every view).
     */
    public List<CriterionSummary> tree(long versionId) {
        // Read before the tree, so that a tree is never kept under a version newer than itself.
        String stamp = changeStamp();
        return keptTrees.get(versionId, stamp, true, () -> List.copyOf(queries.tree(versionId)));
    }

    /** The trees of several versions in one query, by version id (each in its tree order). */
    public Map<Long, List<CriterionSummary>> trees(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return queries.trees(versionIds).stream().collect(Collectors.groupingBy(CriterionSummary::versionId,
                LinkedHashMap::new, Collectors.toList()));
    }

    /** How many active criteria each version has, by version id (versions without any are absent). */
    public Map<Long, Long> activeCriteriaCounts() {
        return queries.activeCounts();
    }

    /** A version's tree with the checks the criteria page shows (children's maxima against their parent's). */
    public CriteriaTree checkedTree(long versionId) {
        VersionSummary version = version(versionId).orElseThrow(() -> new NotFoundException("Version", versionId));
        return CriteriaTree.of(tree(versionId), version.maxTotal(), queries.lockVersions(versionId));
    }

    /**
     * Whether a criterion may be chosen for new work (e.g. a task): it, its ancestors and its version are in force.
     * Unknown ids are not assignable.
     */
    public boolean isAssignable(long criterionId) {
        return queries.assignable(criterionId);
    }
}
