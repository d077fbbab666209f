package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.reformtrack.results.ResultSummary;

/** Targets judged against the figures the results give: met, not met, or not yet known. Rank 1 is the best. */
class TargetEvaluationTest {

    @ParameterizedTest(name = "{0} {1} {2}{3} against {4}–{5} → {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # metric,             comparison, value,  to, figure, figure to, outcome
            TOTAL_SCORE,          AT_LEAST,   93.157, -,  90.1,    -,   NOT_MET
            TOTAL_SCORE,          AT_LEAST,   93.157, -,  93.157,  -,   MET
            TOTAL_SCORE,          MORE_THAN,  93.157, -,  93.157,  -,   NOT_MET
            SATISFACTION_PERCENT, MORE_THAN,  95,     -,  87.59,   -,   NOT_MET
            SATISFACTION_PERCENT, MORE_THAN,  95,     -,  95.01,   -,   MET
            PERCENT_OF_MAX,       AT_LEAST,   80,     -,  80,      -,   MET
            PERCENT_OF_MAX,       AT_LEAST,   80,     -,  79.99,   -,   NOT_MET
            TOTAL_SCORE,          AT_LEAST,   93.157, -,  -,       -,   NOT_YET_KNOWN
            RANK,                 AT_MOST,    20,     -,  20,      -,   MET
            RANK,                 AT_MOST,    20,     -,  21,      -,   NOT_MET
            RANK,                 LESS_THAN,  3,      -,  2,       -,   MET
            RANK,                 EQUAL,      1,      -,  1,       -,   MET
            RANK,                 EQUAL,      1,      -,  2,       -,   NOT_MET
            RANK,                 BETWEEN,    5,      10, 3,       -,   MET
            RANK,                 BETWEEN,    5,      10, 10,      -,   MET
            RANK,                 BETWEEN,    5,      10, 11,      -,   NOT_MET
            RANK,                 AT_MOST,    20,     -,  59,      63,  NOT_MET
            RANK,                 AT_MOST,    60,     -,  59,      63,  NOT_YET_KNOWN
            RANK,                 AT_MOST,    63,     -,  59,      63,  MET
            RANK,                 EQUAL,      60,     -,  59,      63,  NOT_YET_KNOWN
            RANK,                 EQUAL,      10,     -,  59,      63,  NOT_MET
            TOP_N,                AT_LEAST,   20,     -,  14,      -,   MET
            TOP_N,                -,          20,     -,  20,      -,   MET
            TOP_N,                -,          20,     -,  21,      -,   NOT_MET
            TOP_N,                -,          5,      -,  -,       -,   NOT_YET_KNOWN
            RANK_CHANGE,          BETWEEN,    10,     15, 12,      -,   MET
            RANK_CHANGE,          BETWEEN,    10,     15, 20,      -,   MET
            RANK_CHANGE,          BETWEEN,    10,     15, 9,       -,   NOT_MET
            RANK_CHANGE,          BETWEEN,    10,     15, -3,      -,   NOT_MET
            RANK_CHANGE,          AT_LEAST,   0,      -,  0,       -,   MET
            CRITERION_SCORE,      AT_LEAST,   2.5,    -,  2.75,    -,   MET
            """)
    void aTargetIsMetWhenTheFigureReachesIt(TargetMetric metric, TargetComparison comparison, BigDecimal value,
            BigDecimal valueTo, BigDecimal figure, BigDecimal figureTo, TargetOutcome expected) {
        Reading reading = figure == null ? Reading.UNKNOWN : new Reading(figure, figureTo == null ? figure : figureTo);

        assertThat(TargetEvaluation.evaluate(metric, comparison, value, valueTo, reading)).isEqualTo(expected);
    }

    @Test
    void figuresAreReadFromTheYearsResult() {
        YearFigures par2021 = new YearFigures(2021, result(2021, "91.14", 2, null, "100"), Map.of());
        YearFigures par2022 = new YearFigures(2022, result(2022, "90.1", 1, null, "100"), Map.of(7L, new BigDecimal("2.5")));

        assertThat(TargetMetric.TOTAL_SCORE.read(par2022, par2021, null)).isEqualTo(Reading.of(new BigDecimal("90.1")));
        assertThat(TargetMetric.PERCENT_OF_MAX.read(par2022, par2021, null).low()).isEqualByComparingTo("90.10");
        assertThat(TargetMetric.RANK.read(par2022, par2021, null)).isEqualTo(Reading.ofRank(1, null));
        assertThat(TargetMetric.RANK_CHANGE.read(par2022, par2021, null).low()).isEqualByComparingTo("1");
        assertThat(TargetMetric.CRITERION_SCORE.read(par2022, par2021, 7L).low()).isEqualByComparingTo("2.5");
        assertThat(TargetMetric.TOTAL_SCORE.baseline(par2021, null).low()).isEqualByComparingTo("91.14");
        assertThat(TargetMetric.RANK_CHANGE.baseline(par2021, null).low()).isEqualByComparingTo("2");
    }

    @Test
    void placesGainedSpanTheBestAndWorstCaseWhenARankIsAGroup() {
        YearFigures before = new YearFigures(2023, result(2023, null, 59, 63, null), Map.of());
        YearFigures after = new YearFigures(2024, result(2024, null, 40, null, null), Map.of());

        Reading gained = TargetMetric.RANK_CHANGE.read(after, before, null);

        assertThat(gained.low()).isEqualByComparingTo("19");
        assertThat(gained.high()).isEqualByComparingTo("23");
        assertThat(TargetEvaluation.evaluate(TargetMetric.RANK_CHANGE, TargetComparison.BETWEEN, BigDecimal.TEN,
                BigDecimal.valueOf(15), gained)).isEqualTo(TargetOutcome.MET);
    }

    @Test
    void nothingIsKnownBeforeTheYearsResultIsPublished() {
        YearFigures none = YearFigures.unknown(2026);
        YearFigures before = new YearFigures(2025, result(2025, "92", 3, null, "100"), Map.of());

        assertThat(TargetMetric.TOTAL_SCORE.read(none, before, null).isKnown()).isFalse();
        assertThat(TargetMetric.RANK_CHANGE.read(none, before, null).isKnown()).isFalse();
        assertThat(TargetMetric.CRITERION_SCORE.read(none, before, 1L).isKnown()).isFalse();
    }

    private static ResultSummary result(int year, String total, Integer rank, Integer rankTo, String max) {
        return new ResultSummary(1, 1, "PAR_PROVINCE", 1L, year, 1, "22", "Quảng Ninh",
                total == null ? null : new BigDecimal(total), rank, rankTo, 63, false, null,
                max == null ? null : new BigDecimal(max));
    }
}
