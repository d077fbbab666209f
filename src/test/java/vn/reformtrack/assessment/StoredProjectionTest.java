package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.assessment.AssessmentFixtures.COORDINATOR;
import static vn.reformtrack.assessment.AssessmentFixtures.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanCommand;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetOutcome;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.results.IndexResult;
import vn.reformtrack.results.ResultCommand;
import vn.reformtrack.results.ResultEditor;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The projection as the pages read it, from what is stored: a round recorded, appraised and estimated through the
 * services, last year's national table and own criterion scores entered as a coordinator enters them, a plan with
 * targets. Every number below is worked out by hand:
 *
 * <pre>
 *   1.1  self 2.75 (a draft: Sở Tư pháp has not scored 2.1 yet, so cannot send)
 *   1.2  self 3, submitted, appraised down to 2.5
 *   2.1  not scored (max 4)                   2.2  estimate 8.5 (survey)
 *   total 2.75 + 2.5 + 8.5 = 13.75 of 100 (the test index's maximum) = 13.75 %
 *   2024 (a table of 5): Quảng Ninh 15.5 (own, left out), 16, 13.75, 13.75, 12
 *        → only 16 is above: rank 2 of 5, level with the two 13.75s
 *   2024 own criterion scores: 1.1 = 2, 1.2 = 2.5 (area 1: 4.5); 2.1 = 3, 2.2 = 8 (area 2: 11)
 *        → area 1: 5.25, +0.75; area 2: 8.5, −2.5; total −1.75
 *   targets: total ≥ 14 → not met, 0.25 short; rank ≤ 2 → met
 *   most open: 2.1 (unscored, 4), then 2.2 (1.5), 1.2 (0.5), 1.1 (0.25)
 * </pre>
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class StoredProjectionTest {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired IndexCatalog catalog;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired RecordingService recording;
    @Autowired AppraisalService appraisals;
    @Autowired AssessmentQueries projections;
    @Autowired EvidenceStore evidence;
    @Autowired ResultEditor results;
    @Autowired PlanService plans;
    @Autowired TargetService targets;
    @Autowired Clock clock;

    @Test
    void theProjectionReadsLastYearsStoredTableWithTiesTheAreasTheTargetsAndWhatIsStillOpen() {
        AssessmentFixtures fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        Unit justice = data.department("Sở Tư pháp");
        Unit office = data.department("Văn phòng UBND tỉnh");
        CurrentUser justiceHead = AssessmentFixtures.user(data.user(Role.UNIT_HEAD, justice.getId()));
        CurrentUser officeHead = AssessmentFixtures.user(data.user(Role.UNIT_HEAD, office.getId()));
        AssessmentFixtures.Catalog index = fixtures.catalog(justice, office);
        long roundId = fixtures.started(index, 2025, LocalDate.now(clock).plusDays(10)).getId();

        long justiceFile = fixtures.file(justiceHead, justice.getId(), "Báo cáo STP.pdf", "10/BC-STP");
        long officeFile = fixtures.file(officeHead, office.getId(), "Báo cáo VP.pdf", "11/BC-VP");
        recording.record(roundId, fixtures.itemId(roundId, "1.1"), fixtures.version(roundId, "1.1"),
                record("2,75", List.of(justiceFile)), justiceHead);
        recording.record(roundId, fixtures.itemId(roundId, "1.2"), fixtures.version(roundId, "1.2"),
                record("3", List.of(officeFile)), officeHead);
        recording.submitUnitPart(roundId, recording.unitPart(roundId, office.getId()).stamp(), officeHead);
        appraisals.adjust(roundId, fixtures.itemId(roundId, "1.2"), fixtures.version(roundId, "1.2"), "2,5",
                "Một văn bản ban hành chậm", COORDINATOR);
        appraisals.estimate(roundId, fixtures.itemId(roundId, "2.2"), fixtures.version(roundId, "2.2"), "8,5",
                "Kết quả khảo sát quý III", List.of(), COORDINATOR);

        String code = index.frameworkCode();
        IndexResult own = results.create(code, 2024, table("22", "15.5"));
        for (String[] other : new String[][] {{"01", "16"}, {"04", "13.75"}, {"06", "13.75"}, {"08", "12"}}) {
            results.create(code, 2024, table(other[0], other[1]));
        }
        Map<String, vn.reformtrack.indices.Criterion> criteria = index.criteria();
        results.saveScores(own.getId(), results.result(own.getId()).getVersion(), Map.of(
                criteria.get("1.1").getId(), "2", criteria.get("1.2").getId(), "2,5",
                criteria.get("2.1").getId(), "3", criteria.get("2.2").getId(), "8"), Map.of());

        long frameworkId = catalog.framework(code).orElseThrow().id();
        Plan plan = plans.create(new PlanCommand(PlanningFixtures.uniqueNumber(), "Kế hoạch nâng cao chỉ số thử 2025",
                "UBND tỉnh thử", null, LocalDate.of(2025, 2, 1), 2025, Set.of(frameworkId)), COORDINATOR);
        targets.add(plan.getId(), new TargetCommand(frameworkId, TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST,
                new BigDecimal("14"), null, null, null), COORDINATOR);
        targets.add(plan.getId(), new TargetCommand(frameworkId, TargetMetric.RANK, TargetComparison.AT_MOST,
                new BigDecimal("2"), null, null, null), COORDINATOR);

        Projection projection = projections.projection(roundId).orElseThrow();

        assertThat(projection.total()).isEqualByComparingTo("13.75");
        assertThat(projection.maxTotal()).isEqualByComparingTo("100");
        assertThat(projection.percentOfMax()).isEqualByComparingTo("13.75");
        assertThat(projection.part(ScorePart.APPRAISED).points()).isEqualByComparingTo("2.5");
        assertThat(projection.part(ScorePart.SELF).points()).isEqualByComparingTo("2.75");
        assertThat(projection.part(ScorePart.ESTIMATED).points()).isEqualByComparingTo("8.5");
        assertThat(projection.pointsOpen()).as("2.1 unscored").isEqualByComparingTo("4");

        assertThat(projection.rank()).satisfies(rank -> {
            assertThat(rank.tableYear()).isEqualTo(2024);
            assertThat(rank.rank()).as("only 16 above; level with both 13.75s").isEqualTo(2);
            assertThat(rank.worstRank()).isEqualTo(2);
            assertThat(rank.complete()).isTrue();
            assertThat(rank.knownProvinces()).as("four others and the own projected total").isEqualTo(5);
            assertThat(rank.ofTotal()).isEqualTo(5);
        });

        assertThat(projection.previous().total()).isEqualByComparingTo("15.5");
        assertThat(projection.previous().change()).isEqualByComparingTo("-1.75");
        assertThat(projection.areas()).extracting(Projection.AreaLine::code).containsExactly("1", "2");
        assertThat(projection.areas().get(0)).satisfies(area -> {
            assertThat(area.projected()).isEqualByComparingTo("5.25");
            assertThat(area.previous()).isEqualByComparingTo("4.5");
            assertThat(area.change()).isEqualByComparingTo("0.75");
            assertThat(area.missing()).isZero();
        });
        assertThat(projection.areas().get(1)).satisfies(area -> {
            assertThat(area.projected()).isEqualByComparingTo("8.5");
            assertThat(area.previous()).isEqualByComparingTo("11");
            assertThat(area.change()).isEqualByComparingTo("-2.5");
            assertThat(area.missing()).isEqualTo(1);
        });

        assertThat(projection.targets()).hasSize(2);
        assertThat(projection.targets().get(0)).satisfies(total -> {
            assertThat(total.target().metric()).isEqualTo(TargetMetric.TOTAL_SCORE);
            assertThat(total.outcome()).isEqualTo(TargetOutcome.NOT_MET);
            assertThat(total.gap()).isEqualByComparingTo("0.25");
        });
        assertThat(projection.targets().get(1)).satisfies(rank -> {
            assertThat(rank.target().metric()).isEqualTo(TargetMetric.RANK);
            assertThat(rank.outcome()).isEqualTo(TargetOutcome.MET);
        });

        assertThat(projection.mostOpen()).extracting(o -> o.code() + "=" + o.open().stripTrailingZeros().toPlainString())
                .containsExactly("2.1=4", "2.2=1.5", "1.2=0.5", "1.1=0.25");
    }

    private static ResultCommand table(String province, String total) {
        return new ResultCommand(province, new BigDecimal(total), null, null, 5, "Bảng thử", null);
    }
}
