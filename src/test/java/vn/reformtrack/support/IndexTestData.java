package vn.reformtrack.support;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionCommand;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.indices.FrameworkCommand;
import vn.reformtrack.indices.FrameworkVersion;
import vn.reformtrack.indices.IndexFramework;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.indices.VersionCommand;

/**
 * Index catalogs of a test's own, with unique codes, so that tests sharing one database never see each other's data.
 * Callers run as a coordinator (the editors require it). A national framework (one that ranks provinces) cannot be
 * created through the application, where the four national indices are reference data: tests insert theirs directly.
 */
public class IndexTestData {

    private final JdbcClient jdbc;
    private final CatalogEditor catalog;
    private final CriteriaEditor criteria;

    public IndexTestData(JdbcClient jdbc, CatalogEditor catalog, CriteriaEditor criteria) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.criteria = criteria;
    }

    /** A province-internal index with one version in force from 2020, maximum 100. */
    public FrameworkVersion internalIndexWithVersion() {
        IndexFramework framework = catalog.createFramework(
                new FrameworkCommand(code("NB"), "Chỉ số CCHC nội bộ thử", "Test internal index", IndexScale.POINTS));
        return catalog.createVersion(framework.getId(), version("V1", 2020, null), null);
    }

    /** A national framework (ranks provinces) with a version for every year from 2000, maximum 100; its code. */
    public String nationalIndexWithVersion() {
        String code = code("QG");
        long frameworkId = jdbc.sql("""
                        insert into index_framework (code, name_vi, name_en, scale, subject)
                        values (:code, :name, 'Test national index', 'POINTS', 'PROVINCE') returning id
                        """)
                .param("code", code)
                .param("name", "Chỉ số quốc gia thử " + code)
                .query(Long.class)
                .single();
        catalog.createVersion(frameworkId, version("Phương pháp thử", 2000, null), null);
        return code;
    }

    public long versionIdOf(String frameworkCode) {
        return jdbc.sql("""
                        select v.id from framework_version v join index_framework f on f.id = v.framework_id
                        where f.code = :code order by v.id limit 1
                        """)
                .param("code", frameworkCode)
                .query(Long.class)
                .single();
    }

    public static VersionCommand version(String label, int from, Integer to) {
        return new VersionCommand(label + " " + TestData.unique("v"), "876/QĐ-BNV", null, from, to, new BigDecimal("100"));
    }

    public Criterion area(long versionId, String code, String max) {
        return criteria.create(versionId, null, command(code, CriterionKind.AREA, max, null, null, Set.of()));
    }

    public Criterion child(long versionId, Criterion parent, String code, String max) {
        return criteria.create(versionId, parent.getId(), command(code, CriterionKind.CRITERION, max, null, null, Set.of()));
    }

    public Criterion child(long versionId, Criterion parent, String code, String max, String step) {
        return criteria.create(versionId, parent.getId(), command(code, CriterionKind.CRITERION, max, step, null, Set.of()));
    }

    public static CriterionCommand command(String code, CriterionKind kind, String max, String step, Long lead,
            Set<Long> coordinating) {
        return new CriterionCommand(code, "Tiêu chí " + code, "Criterion " + code, kind,
                max == null ? null : new BigDecimal(max), step == null ? null : new BigDecimal(step), null,
                AssessmentMethod.SELF_ASSESSED, lead, coordinating);
    }

    private static String code(String prefix) {
        return TestData.unique(prefix).replace('-', '_').toUpperCase();
    }
}
