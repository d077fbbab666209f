package vn.reformtrack.indices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.VersionRows;

/**
 * The reference catalogs as loaded on the first start, read through the public API; trees kept with the catalogue's
 * version (V180), which every statement on the catalogue moves.
 */
@IntegrationTest
class IndexCatalogTest {

    @Autowired
    IndexCatalog catalog;

    @Autowired
    CriterionQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theNationalFrameworksAreThere() {
        assertThat(catalog.frameworks()).extracting(FrameworkSummary::code)
                .contains("PAR_PROVINCE", "SIPAS", "PAPI", "PCI");
        assertThat(catalog.framework("papi")).get().extracting(FrameworkSummary::scale).isEqualTo(IndexScale.DIMENSION_SCORE);
    }

    @Test
    void eachYearIsScoredUnderTheMethodologyThatAppliedThen() {
        assertThat(catalog.versionFor("PAR_PROVINCE", 2023)).get().extracting(VersionSummary::legalBasis).isEqualTo("876/QĐ-BNV");
        assertThat(catalog.versionFor("PAR_PROVINCE", 2019)).get().extracting(VersionSummary::legalBasis).isEqualTo("2948/QĐ-BNV");
        assertThat(catalog.versionFor("SIPAS", 2024)).get().extracting(VersionSummary::legalBasis).isEqualTo("1001/QĐ-BNV");
        assertThat(catalog.versionFor("PAR_PROVINCE", 2012)).isEmpty();
    }

    @Test
    void aTreeComesInOrderWithDepthLeavesAndAreas() {
        VersionSummary papi = catalog.versionFor("PAPI", 2024).orElseThrow();
        List<CriterionSummary> tree = catalog.tree(papi.id());

        assertThat(tree).extracting(CriterionSummary::code).startsWith("D1", "D1.1", "D1.2", "D1.3", "D1.4", "D2", "D3");
        CriterionSummary dimension = tree.get(0);
        CriterionSummary sub = tree.get(1);
        assertThat(dimension.depth()).isZero();
        assertThat(dimension.leaf()).isFalse();
        assertThat(sub.depth()).isEqualTo(1);
        assertThat(sub.leaf()).isTrue();
        assertThat(sub.areaCode()).isEqualTo("D1");
        assertThat(sub.parentId()).isEqualTo(dimension.id());
        assertThat(sub.maxPoints()).isEqualByComparingTo("2.5");
        assertThat(tree.stream().filter(c -> c.code().equals("D2")).findFirst().orElseThrow().leaf()).isTrue();
    }

    @Test
    void criteriaAreFoundByCodeAndInBatches() {
        VersionSummary pci = catalog.versionFor("PCI", 2024).orElseThrow();
        CriterionSummary transparency = catalog.findCriterion(pci.id(), "PCI3").orElseThrow();

        assertThat(transparency.weightPercent()).isEqualByComparingTo(new BigDecimal("20"));
        assertThat(transparency.assessment()).isEqualTo(AssessmentMethod.SURVEY);
        assertThat(catalog.criteria(List.of(transparency.id(), -1L))).containsOnlyKeys(transparency.id());
    }

    @Test
    void aTreeIsGivenAgainUntilTheCatalogueChangesAndThenReadAgain() {
        long papi = catalog.versionFor("PAPI", 2024).orElseThrow().id();
        List<CriterionSummary> tree = catalog.tree(papi);
        assertThat(catalog.tree(papi)).as("nothing changed: the kept tree").isSameAs(tree);
        CriterionSummary sub = tree.get(1);
        jdbc.sql("update criterion set name_en = 'Renamed for the test' where id = :id").param("id", sub.id()).update();
        try {
            List<CriterionSummary> after = catalog.tree(papi);
            assertThat(after).isEqualTo(queries.tree(papi));
            assertThat(after.get(1).nameEn()).isEqualTo("Renamed for the test");
        } finally {
            jdbc.sql("update criterion set name_en = :name where id = :id").param("name", sub.nameEn())
                    .param("id", sub.id()).update();
        }
        assertThat(catalog.tree(papi)).isEqualTo(tree);
    }

    @Test
    void aFrameworksVersionsAreGivenAgainUntilOneChanges() {
        List<VersionSummary> versions = catalog.versions("PAPI");
        assertThat(catalog.versions("PAPI")).as("nothing changed: the kept list").isSameAs(versions);
        VersionSummary first = versions.get(0);
        jdbc.sql("update framework_version set legal_basis = 'Thử' where id = :id").param("id", first.id()).update();
        try {
            assertThat(catalog.versions("PAPI")).filteredOn(version -> version.id() == first.id())
                    .extracting(VersionSummary::legalBasis).containsExactly("Thử");
        } finally {
            jdbc.sql("update framework_version set legal_basis = :basis where id = :id")
                    .param("basis", first.legalBasis()).param("id", first.id()).update();
        }
        assertThat(catalog.versions("PAPI")).isEqualTo(versions);
    }

    @Test
    void everyStatementOnTheCatalogueMovesItsVersionAndNothingElseDoes() {
        VersionSummary papi = catalog.versionFor("PAPI", 2024).orElseThrow();
        CriterionSummary sub = catalog.tree(papi.id()).get(1);
        long unit = jdbc.sql("select min(id) from unit").query(Long.class).single();
        VersionRows versions = new VersionRows(jdbc, transactions);

        assertThat(versions.moves("catalog_version", "update criterion set max_points = max_points where id = " + sub.id()))
                .as("a criterion edited").isTrue();
        assertThat(versions.moves("catalog_version", "insert into criterion_coordinating_unit (criterion_id, unit_id) "
                + "values (" + sub.id() + ", " + unit + ")")).as("a coordinating unit added").isTrue();
        assertThat(versions.moves("catalog_version", "update framework_version set label = label where id = " + papi.id()))
                .as("a methodology version edited").isTrue();
        assertThat(versions.moves("catalog_version", "update index_framework set name_vi = name_vi where code = 'PAPI'"))
                .as("an index edited").isTrue();
        assertThat(versions.moves("catalog_version", "delete from criterion_coordinating_unit where criterion_id = -1"))
                .as("even a statement that finds no row").isTrue();
        assertThat(versions.moves("catalog_version", "update unit set name = name where id = " + unit))
                .as("a unit is not the catalogue").isFalse();
    }
}
