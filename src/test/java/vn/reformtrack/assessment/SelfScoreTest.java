package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/** A score as people type it: comma or point, within 0 and the maximum, on the criterion's steps. */
class SelfScoreTest {

    static CriterionSummary criterion(String max, String step) {
        return new CriterionSummary(1, 1, "PAR_PROVINCE", 10L, "2.1", "Xây dựng văn bản", null, CriterionKind.CRITERION,
                max == null ? null : new BigDecimal(max), step == null ? null : new BigDecimal(step), null,
                AssessmentMethod.SELF_ASSESSED, 1, null, Set.of(), false, 1, true, "2");
    }

    @Test
    void aDecimalCommaAndADecimalPointReadTheSame() {
        assertThat(SelfScore.parse(criterion("3", "0.25"), "2,75", "score")).isEqualByComparingTo("2.75");
        assertThat(SelfScore.parse(criterion("3", "0.25"), " 2.75 ", "score")).isEqualByComparingTo("2.75");
        assertThat(SelfScore.parse(criterion("3", "0.25"), "0", "score")).isEqualByComparingTo("0");
        assertThat(SelfScore.parse(criterion("3", "0.25"), "3", "score")).isEqualByComparingTo("3");
    }

    @Test
    void aBlankScoreIsNothingScoredYetInADraftButMissingWhereAScoreIsRequired() {
        assertThat(SelfScore.parseOptional(criterion("3", null), "  ", "score")).isNull();
        assertRefused(() -> SelfScore.parse(criterion("3", null), "", "score"), "score", "assessment.score.error.missing");
    }

    @Test
    void aScoreAboveTheMaximumIsRefusedNamingBoth() {
        RuleViolationException refusal = assertRefused(() -> SelfScore.parse(criterion("3", "0.25"), "3,25", "score"),
                "score", "assessment.score.error.aboveMax");
        assertThat(refusal.getArguments()).containsExactly(new BigDecimal("3.25"), new BigDecimal("3"));
    }

    @Test
    void aNegativeScoreIsRefused() {
        assertRefused(() -> SelfScore.parse(criterion("3", null), "-0,5", "score"), "score", "assessment.score.error.negative");
    }

    @Test
    void textThatIsNotANumberIsRefusedWithWhatWasTyped() {
        RuleViolationException refusal = assertRefused(() -> SelfScore.parse(criterion("3", null), "2,5 điểm", "estimate"),
                "estimate", "assessment.score.error.notANumber");
        assertThat(refusal.getArguments()).containsExactly("2,5 điểm");
        assertRefused(() -> SelfScore.parse(criterion("3", null), "1.234,5", "score"), "score",
                "assessment.score.error.notANumber");
    }

    @Test
    void aScoreOffTheCriterionsStepsIsRefused() {
        assertRefused(() -> SelfScore.parse(criterion("3", "0.25"), "1.8", "score"), "score", "assessment.score.error.step");
        assertThat(SelfScore.parse(criterion("3", null), "1.8", "score")).isEqualByComparingTo("1.8");
    }

    @Test
    void moreThanFourDecimalsAreRefused() {
        assertRefused(() -> SelfScore.parse(criterion("3", null), "1.00001", "score"), "score",
                "assessment.score.error.decimals");
    }

    @Test
    void withoutAMaximumAScoreIsBoundedByWhatTheDatabaseKeeps() {
        assertThat(SelfScore.parse(criterion(null, null), "120", "score")).isEqualByComparingTo("120");
        assertRefused(() -> SelfScore.parse(criterion(null, null), "100000", "score"), "score",
                "assessment.score.error.tooLarge");
    }

    static RuleViolationException assertRefused(Runnable action, String field, String key) {
        try {
            action.run();
        } catch (RuleViolationException refusal) {
            assertThat(refusal.getField()).isEqualTo(field);
            assertThat(refusal.getMessageKey()).isEqualTo(key);
            return refusal;
        }
        throw new AssertionError("expected a refusal " + key);
    }

    @Test
    void theHelperFailsWhenNothingIsRefused() {
        assertThatThrownBy(() -> assertRefused(() -> { }, "score", "x")).isInstanceOf(AssertionError.class);
    }
}
