package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;

/** Published results as a coordinator enters them: the rules, the ranks of a complete table, the analysis. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class ResultRulesTest {

    @Autowired
    ResultEditor editor;

    @Autowired
    ResultAnalysis analysis;

    @Autowired
    IndexResults results;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    JdbcClient jdbc;

    String framework;

    @BeforeEach
    void aNationalIndexOfOurOwn() {
        framework = new IndexTestData(jdbc, catalogEditor, criteriaEditor).nationalIndexWithVersion();
    }

    @Test
    void aSecondResultForTheSameProvinceAndYearIsRefused() {
        editor.create(framework, 2023, result("22", "90", 1, null));

        assertRefused(() -> editor.create(framework, 2023, result("22", "91", null, null)), "result.error.duplicate");
        assertThat(results.nationalTable(framework, 2023)).hasSize(1);
    }

    @Test
    void aRankBeyondOfHowManyIsRefused() {
        assertRefused(() -> editor.create(framework, 2023, result("22", "90", 64, null)), "result.error.rankBeyond");
        assertRefused(() -> editor.create(framework, 2025, result("22", "90", 35, null)), "result.error.rankBeyond");
        assertThat(editor.create(framework, 2025, result("22", "90", 34, null)).getOfTotal()).isEqualTo(34);
        assertThat(editor.create(framework, 2024, result("22", "90", 63, null)).getOfTotal()).isEqualTo(63);
    }

    @Test
    void aTotalAboveTheMaximumOrBelowZeroIsRefused() {
        assertRefused(() -> editor.create(framework, 2023, result("22", "100.01", null, null)), "result.error.aboveMax");
        assertRefused(() -> editor.create(framework, 2023, result("22", "-1", null, null)), "result.error.negative");
        assertRefused(() -> editor.create(framework, 2023, result("22", null, null, null)), "result.error.nothingKnown");
        assertThat(results.nationalTable(framework, 2023)).isEmpty();
    }

    @Test
    void aYearOutsideTheTablesRangeIsRefusedNotA500() {
        for (int year : new int[] {1989, 2101, -5}) {
            assertRefused(() -> editor.create(framework, year, result("22", "4", 1, null)), "result.error.year");
        }
        assertThat(jdbc.sql("select count(*) from index_result r join index_framework f on f.id = r.framework_id "
                + "where f.code = ?").param(framework).query(Long.class).single()).isZero();
    }

    @Test
    void aMergedProvinceHasNoResultAfterTheMerger() {
        assertRefused(() -> editor.create(framework, 2025, result("30", "80", null, null)), "result.error.mergedBefore");
        assertThat(editor.create(framework, 2024, result("Hải Dương", "80", null, null)).getYear()).isEqualTo(2024);
    }

    @Test
    void ranksAreComputedOnlyOnceEveryProvinceHasATotalAndTiesShareARank() {
        editor.create(framework, 2023, result("22", "90", null, 3));
        editor.create(framework, 2023, result("31", "85.5", null, 3));
        assertThat(results.nationalTable(framework, 2023)).allMatch(r -> r.rank() == null);

        IndexResult third = editor.create(framework, 2023, result("01", "85.5", null, 3));

        assertThat(ranks(framework, 2023)).containsEntry("22", 1).containsEntry("31", 2).containsEntry("01", 2);
        assertThat(results.nationalTable(framework, 2023)).allMatch(ResultSummary::rankComputed);

        editor.delete(third.getId(), editor.result(third.getId()).getVersion());
        assertThat(results.nationalTable(framework, 2023)).allMatch(r -> r.rank() == null && !r.rankComputed());
    }

    @Test
    void aPublishedRankIsNeverOverwrittenByAComputedOne() {
        editor.create(framework, 2022, result("22", "90", 2, 2));
        editor.create(framework, 2022, result("31", "91", null, 2));

        assertThat(ranks(framework, 2022)).containsEntry("22", 2).containsEntry("31", 1);
        ResultSummary own = results.nationalTable(framework, 2022).stream()
                .filter(r -> r.jurisdictionCode().equals("22")).findFirst().orElseThrow();
        assertThat(own.rankComputed()).isFalse();
    }

    @Test
    void theOwnProvinceSeesTheGapToTheProvinceJustAbove() {
        editor.create(framework, 2021, result("31", "92.5", 1, null));
        editor.create(framework, 2021, result("01", "91", 2, null));
        editor.create(framework, 2021, result("22", "90.25", 3, null));
        editor.create(framework, 2021, result("20", "80", 4, null));

        NationalTable table = analysis.nationalTable(framework, 2021);

        assertThat(table.own().result().jurisdictionCode()).isEqualTo("22");
        assertThat(table.nextUp().result().jurisdictionCode()).isEqualTo("01");
        assertThat(table.gapToNextUp()).isEqualByComparingTo("0.75");
        assertThat(table.complete()).isFalse();
        assertThat(table.mean()).isNull();
    }

    @Test
    void historyShowsTheChangeFromTheYearBefore() {
        editor.create(framework, 2019, result("22", "88", 5, null));
        editor.create(framework, 2020, result("22", "90.5", 2, null));

        List<HistoryRow> history = analysis.ownHistory(framework);

        assertThat(history).hasSize(2);
        assertThat(history.get(1).pointsChange()).isEqualByComparingTo("2.5");
        assertThat(history.get(1).placesChange()).isEqualTo(3);
        assertThat(history.get(0).pointsChange()).isNull();
    }

    @Test
    void aMergedProvincesHistoryIsShownUnderItsSuccessorWithItsName() {
        editor.create(framework, 2023, result("30", "87.84", 22, null));
        editor.create(framework, 2023, result("31", "91.87", 2, null));

        List<HistoryRow> haiPhong = analysis.history(framework, "31");

        assertThat(haiPhong).extracting(HistoryRow::predecessorName).containsExactlyInAnyOrder(null, "Tỉnh Hải Dương");
    }

    @Test
    void parIndexResultsAreGroupedAsPublished() {
        assertThat(Grade.of("PAR_PROVINCE", new BigDecimal("92.18"))).isEqualTo(Grade.A);
        assertThat(Grade.of("PAR_PROVINCE", new BigDecimal("89.99"))).isEqualTo(Grade.B);
        assertThat(Grade.of("PAR_PROVINCE", new BigDecimal("70"))).isEqualTo(Grade.C);
        assertThat(Grade.of("PAR_PROVINCE", new BigDecimal("69.9"))).isNull();
        assertThat(Grade.of("SIPAS", new BigDecimal("95"))).isNull();
    }

    private Map<String, Integer> ranks(String frameworkCode, int year) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        results.nationalTable(frameworkCode, year).forEach(r -> ranks.put(r.jurisdictionCode(), r.rank()));
        return ranks;
    }

    static ResultCommand result(String province, String total, Integer rank, Integer ofTotal) {
        return new ResultCommand(province, total == null ? null : new BigDecimal(total), rank, null, ofTotal, "Nguồn thử", null);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
