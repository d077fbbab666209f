package vn.reformtrack.indices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformtrack.support.IntegrationTest;

/** The reference catalogs as loaded on the first start, read through the public API. */
@IntegrationTest
class IndexCatalogTest {

    @Autowired
    IndexCatalog catalog;

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
}
