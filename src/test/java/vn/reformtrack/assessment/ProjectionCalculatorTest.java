package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reformtrack.assessment.ProjectionInput.ItemFigure;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.Reading;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetOutcome;
import vn.reformtrack.planning.TargetSummary;
import vn.reformtrack.results.Grade;

/**
 * The projection with numbers checked by hand. A methodology of 20 points in two areas of 10:
 *
 * <pre>
 *   1.1  max 4  appraised 3.5        2.1  max 6  estimated 5.2
 *   1.2  max 3  self-score 2.75      2.2  max 4  self-score 4
 *   1.3  max 3  missing
 * </pre>
 * Total 3.5 + 2.75 + 5.2 + 4 = 15.45 of 20 = 77.25 % (group C). Last year: 15.5 in all (area 1: 7, area 2: 8.5), rank
 * 3; the other provinces' totals last year were 16, 15.45, 15.45, 14.9 and 12.
 */
class ProjectionCalculatorTest {

    static final List<BigDecimal> OTHERS = decimals("16", "15.45", "15.45", "14.9", "12");

    @Test
    void theTotalAddsAppraisedSelfScoredAndEstimatedCriteriaAndMissingOnesCountZero() {
        Projection projection = ProjectionCalculator.calculate(input(items(), table(6), List.of()));
        assertThat(projection.total()).isEqualByComparingTo("15.45");
        assertThat(projection.maxTotal()).isEqualByComparingTo("20");
        assertThat(projection.percentOfMax()).isEqualByComparingTo("77.25");
        assertThat(projection.grade()).isEqualTo(Grade.C);
        assertThat(projection.part(ScorePart.APPRAISED)).extracting(Projection.PartShare::criteria).isEqualTo(1);
        assertThat(projection.part(ScorePart.APPRAISED).points()).isEqualByComparingTo("3.5");
        assertThat(projection.part(ScorePart.SELF).criteria()).isEqualTo(2);
        assertThat(projection.part(ScorePart.SELF).points()).isEqualByComparingTo("6.75");
        assertThat(projection.part(ScorePart.ESTIMATED).points()).isEqualByComparingTo("5.2");
        assertThat(projection.part(ScorePart.MISSING).criteria()).isEqualTo(1);
        assertThat(projection.part(ScorePart.MISSING).points()).isEqualByComparingTo("0");
        assertThat(projection.pointsOpen()).isEqualByComparingTo("3");
    }

    @Test
    void eachAreaIsComparedWithLastYearsRecordedScores() {
        Projection projection = ProjectionCalculator.calculate(input(items(), table(6), List.of()));
        Projection.AreaLine first = projection.areas().get(0);
        Projection.AreaLine second = projection.areas().get(1);
        assertThat(first.code()).isEqualTo("1");
        assertThat(first.projected()).isEqualByComparingTo("6.25");
        assertThat(first.missing()).isEqualTo(1);
        assertThat(first.previous()).isEqualByComparingTo("7");
        assertThat(first.change()).isEqualByComparingTo("-0.75");
        assertThat(second.projected()).isEqualByComparingTo("9.2");
        assertThat(second.change()).isEqualByComparingTo("0.7");
        assertThat(projection.previous().total()).isEqualByComparingTo("15.5");
        assertThat(projection.previous().change()).isEqualByComparingTo("-0.05");
        assertThat(projection.previous().criterionScores()).isTrue();
    }

    @Test
    void withoutLastYearsCriterionScoresNoAreaChangeIsInvented() {
        ProjectionInput base = input(items(), table(6), List.of());
        Projection projection = ProjectionCalculator.calculate(new ProjectionInput(base.round(), base.versionMaxTotal(),
                base.items(), base.areas(), ProjectionInput.Previous.unknown(2024), Map.of(), null, List.of()));
        assertThat(projection.areas()).allSatisfy(area -> {
            assertThat(area.previous()).isNull();
            assertThat(area.change()).isNull();
        });
        assertThat(projection.previous().change()).isNull();
        assertThat(projection.previous().criterionScores()).isFalse();
        assertThat(projection.rank()).isNull();
    }

    @Test
    void equalTotalsShareARankAsThePublisherRanks() {
        Projection.ProjectedRank rank = ProjectionCalculator.calculate(input(items(), table(6), List.of())).rank();
        assertThat(rank.rank()).as("only 16 is above; 15.45 ties with two provinces").isEqualTo(2);
        assertThat(rank.complete()).isTrue();
        assertThat(rank.worstRank()).isEqualTo(2);
        assertThat(rank.knownProvinces()).isEqualTo(6);
        assertThat(rank.ofTotal()).isEqualTo(6);
        assertThat(rank.tableYear()).isEqualTo(2024);
    }

    @Test
    void theProjectedTotalIsRankedRoundedToTwoDecimalsAsPublished() {
        assertThat(rankWith("15.446").rankedTotal()).isEqualByComparingTo("15.45");
        assertThat(rankWith("15.446").rank()).isEqualTo(2);
        assertThat(rankWith("15.444").rank()).as("15.44: below both 15.45").isEqualTo(4);
        assertThat(rankWith("16").rank()).as("level with the first").isEqualTo(1);
        assertThat(rankWith("11").rank()).isEqualTo(6);
    }

    @Test
    void againstAnIncompleteTableTheRankIsAmongTheKnownProvincesAndCouldBeWorse() {
        Projection.ProjectedRank rank = ProjectionCalculator.calculate(input(items(), table(63), List.of())).rank();
        assertThat(rank.rank()).isEqualTo(2);
        assertThat(rank.complete()).isFalse();
        assertThat(rank.knownProvinces()).isEqualTo(6);
        assertThat(rank.ofTotal()).isEqualTo(63);
        assertThat(rank.worstRank()).as("57 provinces of unknown total could all be above").isEqualTo(59);
    }

    @Test
    void targetsAreJudgedOnTheProjectionWithThePlansRules() {
        List<TargetSummary> targets = List.of(
                target(1, TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST, "15", null),
                target(2, TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST, "16", null),
                target(3, TargetMetric.PERCENT_OF_MAX, TargetComparison.AT_LEAST, "80", null),
                target(4, TargetMetric.RANK, TargetComparison.AT_MOST, "2", null),
                target(5, TargetMetric.TOP_N, TargetComparison.AT_MOST, "1", null),
                target(6, TargetMetric.RANK_CHANGE, TargetComparison.AT_LEAST, "1", null),
                target(7, TargetMetric.CRITERION_SCORE, TargetComparison.AT_LEAST, "4", 11L));
        List<Projection.TargetCheck> checks = ProjectionCalculator.calculate(input(items(), table(6), targets)).targets();
        assertThat(checks).extracting(Projection.TargetCheck::outcome).containsExactly(
                TargetOutcome.MET, TargetOutcome.NOT_MET, TargetOutcome.NOT_MET, TargetOutcome.MET, TargetOutcome.NOT_MET,
                TargetOutcome.MET, TargetOutcome.NOT_MET);
        assertThat(checks.get(1).gap()).as("16 − 15.45").isEqualByComparingTo("0.55");
        assertThat(checks.get(2).gap()).as("80 − 77.25").isEqualByComparingTo("2.75");
        assertThat(checks.get(2).projected()).isEqualTo(Reading.of(new BigDecimal("77.25")));
        assertThat(checks.get(4).gap()).as("rank 2, top 1: one place to climb").isEqualByComparingTo("1");
        assertThat(checks.get(5).projected().low()).as("rank 3 last year, 2 projected").isEqualByComparingTo("1");
        assertThat(checks.get(6).gap()).as("criterion 1.1: 4 − 3.5").isEqualByComparingTo("0.5");
        assertThat(checks.get(0).gap()).isNull();
        assertThat(checks).allSatisfy(check -> assertThat(check.planLabel()).isEqualTo("205/KH-UBND"));
    }

    @Test
    void aRankTargetCannotBeJudgedAgainstAnIncompleteTableWhenTheRangeStraddlesIt() {
        List<TargetSummary> targets = List.of(target(4, TargetMetric.RANK, TargetComparison.AT_MOST, "3", null),
                target(5, TargetMetric.RANK, TargetComparison.AT_MOST, "1", null));
        List<Projection.TargetCheck> checks = ProjectionCalculator.calculate(input(items(), table(63), targets)).targets();
        assertThat(checks.get(0).projected()).isEqualTo(new Reading(new BigDecimal("2"), new BigDecimal("59")));
        assertThat(checks.get(0).outcome()).isEqualTo(TargetOutcome.NOT_YET_KNOWN);
        assertThat(checks.get(1).outcome()).as("even the best case, rank 2, misses it").isEqualTo(TargetOutcome.NOT_MET);
    }

    @Test
    void theMostOpenCriteriaComeUnscoredFirstThenByPointsStillOpen() {
        List<Projection.OpenCriterion> open = ProjectionCalculator.calculate(input(items(), table(6), List.of())).mostOpen();
        assertThat(open).extracting(Projection.OpenCriterion::code).containsExactly("1.3", "2.1", "1.1", "1.2");
        assertThat(open).extracting(o -> o.open().stripTrailingZeros().toPlainString())
                .containsExactly("3", "0.8", "0.5", "0.25");
        assertThat(open.get(0).part()).isEqualTo(ScorePart.MISSING);
        assertThat(open.get(0).projected()).isNull();
    }

    @Test
    void withoutAMaximumInTheCatalogTheCriteriaMaximaAddUp() {
        ProjectionInput base = input(items(), table(6), List.of());
        Projection projection = ProjectionCalculator.calculate(new ProjectionInput(base.round(), null, base.items(),
                base.areas(), base.previous(), base.previousAreaScores(), base.lastYearTable(), base.plans()));
        assertThat(projection.maxTotal()).isEqualByComparingTo("20");
    }

    private static Projection.ProjectedRank rankWith(String total) {
        ProjectionInput base = input(List.of(figure(1, "9.1", "20", ScorePart.SELF, total)), table(6), List.of());
        return ProjectionCalculator.calculate(base).rank();
    }

    static List<ItemFigure> items() {
        return List.of(
                figure(11, "1.1", "4", ScorePart.APPRAISED, "3.5"),
                figure(12, "1.2", "3", ScorePart.SELF, "2.75"),
                figure(13, "1.3", "3", ScorePart.MISSING, null),
                figure(21, "2.1", "6", ScorePart.ESTIMATED, "5.2"),
                figure(22, "2.2", "4", ScorePart.SELF, "4"));
    }

    static ItemFigure figure(long criterionId, String code, String max, ScorePart part, String score) {
        return new ItemFigure(criterionId * 10, criterionId, code, "Tiêu chí " + code, null, code.substring(0, 1),
                new BigDecimal(max), part, score == null ? null : new BigDecimal(score), "Sở Tư pháp");
    }

    static ProjectionInput.Table table(int ofTotal) {
        return new ProjectionInput.Table(2024, OTHERS, ofTotal);
    }

    static ProjectionInput input(List<ItemFigure> items, ProjectionInput.Table table, List<TargetSummary> targets) {
        RoundSummary round = new RoundSummary(1, 0, 1, "PAR_PROVINCE", "PAR Index", null, IndexScale.POINTS, 1, "876/QĐ-BNV",
                new BigDecimal("20"), 2025, IndexSubject.PROVINCE, null, null, java.time.LocalDate.of(2026, 1, 15),
                RoundStatus.OPEN, null, null);
        return new ProjectionInput(round, new BigDecimal("20"), items,
                List.of(new ProjectionInput.Area("1", "Lĩnh vực 1", null, new BigDecimal("10")),
                        new ProjectionInput.Area("2", "Lĩnh vực 2", null, new BigDecimal("10"))),
                new ProjectionInput.Previous(2024, new BigDecimal("15.5"), 3, null, 6),
                Map.of("1", new BigDecimal("7"), "2", new BigDecimal("8.5")), table,
                targets.isEmpty() ? List.of() : List.of(new ProjectionInput.PlanTargets(9, "205/KH-UBND", PlanStatus.ISSUED, targets)));
    }

    static TargetSummary target(long id, TargetMetric metric, TargetComparison comparison, String value, Long criterionId) {
        return new TargetSummary(id, 9, 0, 1, "PAR_PROVINCE", "PAR Index", IndexScale.POINTS, metric, comparison,
                new BigDecimal(value), null, criterionId, null, null, 2025, Reading.UNKNOWN, Reading.UNKNOWN,
                TargetOutcome.NOT_YET_KNOWN);
    }

    static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
