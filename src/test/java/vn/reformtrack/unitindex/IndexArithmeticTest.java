package vn.reformtrack.unitindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reformtrack.shared.web.RuleViolationException;

/** The index arithmetic against figures worked out by hand. */
class IndexArithmeticTest {

    private static final ClassThresholds CLASSES = new ClassThresholds(d("90"), d("80"), d("70"), d("50"));

    @Test
    void aNotApplicableCriterionLeavesBothThePointsAndTheMaximum() {
        // Reachable: 10 + 10 + 10 (survey) = 30; the 20-point criterion is not applicable.
        // Points: 8 + 6 + 7.5 = 21.5; 21.5 / 30 × 100 = 71.6666… → 71.67.
        IndexFigures figures = IndexArithmetic.figures(List.of(
                self(1, "10", "9", "8"),
                self(2, "10", "6", "6"),
                notApplicable(3, "20"),
                survey(4, "10", "7.5")));

        assertThat(figures.reachableMax()).isEqualByComparingTo("30");
        assertThat(figures.selfTotal()).isEqualByComparingTo("15");
        assertThat(figures.appraisedTotal()).isEqualByComparingTo("14");
        assertThat(figures.surveyPoints()).isEqualByComparingTo("7.5");
        assertThat(figures.base()).isEqualByComparingTo("71.666667");
        assertThat(figures.index()).isEqualByComparingTo("71.67");
        assertThat(figures.pointsLost()).isEqualByComparingTo("8.5");
    }

    @Test
    void theSameUnitWithTheCriterionApplicableScoresLower() {
        // Reachable 50; points 21.5 + 0 = 21.5; 43.00.
        IndexFigures figures = IndexArithmetic.figures(List.of(
                self(1, "10", "9", "8"), self(2, "10", "6", "6"), self(3, "20", null, "0"), survey(4, "10", "7.5")));

        assertThat(figures.index()).isEqualByComparingTo("43.00");
    }

    @Test
    void bonusAndDeductionPoolsAreCappedAtTheirLimitsAndShownApart() {
        // Base: (45 + 40) / 100 × 100 = 85.
        // Bonus pool (limit 3): 2 + 2 = 4 claimed, 3 counted. Deductions: pool A (limit 2) 1.5 + 1 = 2.5 claimed,
        // 2 counted; pool B (limit 1) 0.5. Index: 85 + 3 − 2 − 0.5 = 85.50.
        IndexFigures figures = IndexArithmetic.figures(List.of(
                self(1, "50", "50", "45"), self(2, "50", "45", "40"),
                pooled(10, CriterionPart.BONUS, "2", "2", 100L, "3"),
                pooled(11, CriterionPart.BONUS, "2", "2", 100L, "3"),
                pooled(20, CriterionPart.DEDUCTION, "2", "1.5", 200L, "2"),
                pooled(21, CriterionPart.DEDUCTION, "1", "1", 200L, "2"),
                pooled(30, CriterionPart.DEDUCTION, "1", "0.5", 300L, "1")));

        assertThat(figures.base()).isEqualByComparingTo("85");
        assertThat(figures.bonusClaimed()).isEqualByComparingTo("4");
        assertThat(figures.bonus()).isEqualByComparingTo("3");
        assertThat(figures.bonusLimit()).isEqualByComparingTo("3");
        assertThat(figures.deductionClaimed()).isEqualByComparingTo("3");
        assertThat(figures.deduction()).isEqualByComparingTo("2.5");
        assertThat(figures.deductionLimit()).isEqualByComparingTo("3");
        assertThat(figures.index()).isEqualByComparingTo("85.50");
        assertThat(figures.reachableMax()).isEqualByComparingTo("100");
    }

    @Test
    void aNotApplicableBonusLineDoesNotCount() {
        ScoreLine line = new ScoreLine(10, CriterionPart.BONUS, d("2"), false, d("2"), d("2"), 100L, d("3"));
        IndexFigures figures = IndexArithmetic.figures(List.of(self(1, "10", "10", "5"), line));

        assertThat(figures.bonus()).isEqualByComparingTo("0");
        assertThat(figures.index()).isEqualByComparingTo("50.00");
    }

    @Test
    void theIndexStaysBetweenZeroAndAHundred() {
        IndexFigures top = IndexArithmetic.figures(List.of(self(1, "100", "100", "99"),
                pooled(10, CriterionPart.BONUS, "3", "3", 100L, "3")));
        IndexFigures bottom = IndexArithmetic.figures(List.of(self(1, "100", "5", "1"),
                pooled(20, CriterionPart.DEDUCTION, "5", "5", 200L, "5")));

        assertThat(top.index()).isEqualByComparingTo("100.00");
        assertThat(bottom.index()).isEqualByComparingTo("0.00");
    }

    @Test
    void theIndexIsRoundedHalfUpToTwoDecimals() {
        // 36.002 / 40 × 100 = 90.005 → 90.01; 35.998 → 89.995 → 90.00; 35.9979 → 89.99475 → 89.99.
        assertThat(index("40", "36.002")).isEqualByComparingTo("90.01");
        assertThat(index("40", "35.998")).isEqualByComparingTo("90.00");
        assertThat(index("40", "35.9979")).isEqualByComparingTo("89.99");
    }

    @Test
    void withNothingReachableThereIsNoIndex() {
        IndexFigures figures = IndexArithmetic.figures(List.of(notApplicable(1, "10")));

        assertThat(figures.base()).isNull();
        assertThat(figures.index()).isNull();
    }

    @Test
    void tiesShareTheirRankAndTheNextRankSkips() {
        Map<Long, BigDecimal> indices = new LinkedHashMap<>();
        indices.put(1L, d("91.50"));
        indices.put(2L, d("91.5"));
        indices.put(3L, d("95.00"));
        indices.put(4L, d("80.00"));
        indices.put(5L, d("91.50"));
        indices.put(6L, d("79.99"));

        Map<Long, Integer> ranks = GroupRanks.of(indices);

        assertThat(ranks).containsExactly(Map.entry(3L, 1), Map.entry(1L, 2), Map.entry(2L, 2), Map.entry(5L, 2),
                Map.entry(4L, 5), Map.entry(6L, 6));
    }

    @Test
    void aThresholdBelongsToItsOwnClass() {
        assertThat(CLASSES.classOf(d("100"))).isEqualTo(IndexClass.EXCELLENT);
        assertThat(CLASSES.classOf(d("90.00"))).isEqualTo(IndexClass.EXCELLENT);
        assertThat(CLASSES.classOf(d("89.99"))).isEqualTo(IndexClass.GOOD);
        assertThat(CLASSES.classOf(d("80"))).isEqualTo(IndexClass.GOOD);
        assertThat(CLASSES.classOf(d("79.99"))).isEqualTo(IndexClass.FAIR);
        assertThat(CLASSES.classOf(d("70"))).isEqualTo(IndexClass.FAIR);
        assertThat(CLASSES.classOf(d("69.99"))).isEqualTo(IndexClass.AVERAGE);
        assertThat(CLASSES.classOf(d("50"))).isEqualTo(IndexClass.AVERAGE);
        assertThat(CLASSES.classOf(d("49.99"))).isEqualTo(IndexClass.WEAK);
        assertThat(CLASSES.classOf(d("0"))).isEqualTo(IndexClass.WEAK);
        assertThat(CLASSES.lowestOf(IndexClass.FAIR)).isEqualByComparingTo("70");
        assertThat(CLASSES.lowestOf(IndexClass.WEAK)).isNull();
    }

    @Test
    void thresholdsMustDescendWithinZeroToAHundred() {
        assertThat(CLASSES.requireValid()).isSameAs(CLASSES);
        assertThatThrownBy(() -> new ClassThresholds(d("90"), d("90"), d("70"), d("50")).requireValid())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("classGood");
                    assertThat(e.getMessageKey()).isEqualTo("unitindex.class.error.order");
                });
        assertThatThrownBy(() -> new ClassThresholds(d("100.5"), d("80"), d("70"), d("50")).requireValid())
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.class.error.range");
        assertThatThrownBy(() -> new ClassThresholds(d("90"), d("80.125"), d("70"), d("50")).requireValid())
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.class.error.range");
        assertThatThrownBy(() -> new ClassThresholds(d("90"), d("80"), null, d("50")).requireValid())
                .hasFieldOrPropertyWithValue("field", "classFair");
    }

    @Test
    void surveyFiguresMapLinearlyOntoTheCriterionsPoints() {
        SurveyScale fivePoint = new SurveyScale(d("1"), d("5"));
        // (4.2 − 1) / (5 − 1) × 10 = 8; 87.5 % of 6 points = 5.25.
        assertThat(fivePoint.points(d("4.2"), d("10"))).isEqualByComparingTo("8");
        assertThat(SurveyScale.PERCENT.points(d("87.5"), d("6"))).isEqualByComparingTo("5.25");
        assertThat(fivePoint.contains(d("0.9"))).isFalse();
        assertThat(fivePoint.contains(d("5"))).isTrue();
    }

    private static BigDecimal index(String max, String points) {
        return IndexArithmetic.figures(List.of(self(1, max, null, points))).index();
    }

    private static ScoreLine self(long id, String max, String self, String appraised) {
        return new ScoreLine(id, CriterionPart.SELF_SCORED, d(max), true, self == null ? null : d(self),
                appraised == null ? null : d(appraised), null, null);
    }

    private static ScoreLine survey(long id, String max, String points) {
        return new ScoreLine(id, CriterionPart.SURVEY, d(max), true, null, d(points), null, null);
    }

    private static ScoreLine notApplicable(long id, String max) {
        return new ScoreLine(id, CriterionPart.SELF_SCORED, d(max), false, d("0"), d("0"), null, null);
    }

    private static ScoreLine pooled(long id, CriterionPart part, String max, String score, Long pool, String limit) {
        return new ScoreLine(id, part, d(max), true, d(score), d(score), pool, d(limit));
    }

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
