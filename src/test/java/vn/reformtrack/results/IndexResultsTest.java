package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformtrack.support.IntegrationTest;

/** The published results as loaded from the reference data, read through the public API. */
@IntegrationTest
class IndexResultsTest {

    @Autowired
    IndexResults results;

    @Test
    void theOwnProvinceIsQuangNinhByDefault() {
        assertThat(results.ownJurisdictionCode()).isEqualTo("22");
        assertThat(results.ownJurisdiction()).get().extracting(JurisdictionSummary::nameVi).isEqualTo("Tỉnh Quảng Ninh");
    }

    @Test
    void theOwnResultCarriesTotalRankAndPercentOfMaximum() {
        ResultSummary par2023 = results.ownResult("PAR_PROVINCE", 2023).orElseThrow();
        assertThat(par2023.total()).isEqualByComparingTo("92.18");
        assertThat(par2023.rankText()).isEqualTo("1/63");
        assertThat(par2023.percentOfMax()).isEqualByComparingTo("92.18");
        assertThat(results.ownHistory("PAR_PROVINCE")).extracting(ResultSummary::year).contains(2019, 2021, 2022, 2023);
    }

    @Test
    void ranksMayBeUnknownOrARange() {
        ResultSummary quangNamSipas2024 = results.nationalTable("SIPAS", 2024).stream()
                .filter(r -> r.jurisdictionCode().equals("49")).findFirst().orElseThrow();
        assertThat(quangNamSipas2024.rankText()).isEqualTo("59–63/63");
        assertThat(quangNamSipas2024.total()).isNull();
    }

    @Test
    void nationalTablesComeBestFirstWithStatistics() {
        assertThat(results.nationalTable("PAR_PROVINCE", 2023)).extracting(ResultSummary::jurisdictionCode)
                .startsWith("22", "31", "01", "24", "77");
        assertThat(results.statistic("PAR_PROVINCE", 2023, StatisticKind.NATIONAL_MEAN)).get()
                .satisfies(mean -> assertThat(mean).isEqualByComparingTo("86.98"));
        assertThat(results.years("PCI")).containsExactly(2024, 2022, 2021);
    }

    @Test
    void mergedProvincesNameTheirSuccessor() {
        JurisdictionSummary haGiang = results.jurisdiction("02").orElseThrow();
        JurisdictionSummary tuyenQuang = results.jurisdiction("08").orElseThrow();
        assertThat(haGiang.merged()).isTrue();
        assertThat(haGiang.successorId()).isEqualTo(tuyenQuang.id());
        assertThat(tuyenQuang.merged()).isFalse();
        assertThat(results.jurisdictions()).hasSize(63);
    }
}
