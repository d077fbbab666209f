package vn.reformtrack.assessment;

import java.math.BigDecimal;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A score as someone types it for a criterion (a self-score, an appraised score, an estimate): a plain number with a
 * decimal comma or point, from 0 to the criterion's maximum, on the criterion's step where it has one (0.25: 1.75
 * yes, 1.8 no), with at most four decimals. Refusals name the form field they belong to. The unit index checks its
 * scores with the same rule ({@link #parse(BigDecimal, BigDecimal, String, String)}).
 */
public final class SelfScore {

    /** What the database keeps (numeric(9, 4)) when a criterion has no maximum to bound it. */
    static final BigDecimal LARGEST = new BigDecimal("99999");

    private SelfScore() {}

    /** The score typed in {@code text}, checked; null when the text is blank (nothing scored yet). */
    static BigDecimal parseOptional(CriterionSummary criterion, String text, String field) {
        return parseOptional(criterion.maxPoints(), criterion.scoreStep(), text, field);
    }

    /** The same for a criterion's maximum and step (either may be null: no bound, any step). */
    public static BigDecimal parseOptional(BigDecimal max, BigDecimal step, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(max, step, text, field);
    }

    /** The score typed in {@code text}, checked; a blank text is refused as missing. */
    static BigDecimal parse(CriterionSummary criterion, String text, String field) {
        return parse(criterion.maxPoints(), criterion.scoreStep(), text, field);
    }

    /** The same for a criterion's maximum and step (either may be null: no bound, any step). */
    public static BigDecimal parse(BigDecimal max, BigDecimal step, String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolationException.onField(field, "assessment.score.error.missing");
        }
        BigDecimal score = LenientDecimalFormatter.parseOrNull(text);
        if (score == null) {
            throw RuleViolationException.onField(field, "assessment.score.error.notANumber", text.strip());
        }
        check(max, step, score, field);
        return score;
    }

    static void check(CriterionSummary criterion, BigDecimal score, String field) {
        check(criterion.maxPoints(), criterion.scoreStep(), score, field);
    }

    /** A number already read: from 0 to {@code max}, on {@code step}, at most four decimals. */
    public static void check(BigDecimal max, BigDecimal step, BigDecimal score, String field) {
        if (score.signum() < 0) {
            throw RuleViolationException.onField(field, "assessment.score.error.negative");
        }
        if (max != null && score.compareTo(max) > 0) {
            throw RuleViolationException.onField(field, "assessment.score.error.aboveMax", score, max);
        }
        if (max == null && score.compareTo(LARGEST) > 0) {
            throw RuleViolationException.onField(field, "assessment.score.error.tooLarge", LARGEST);
        }
        if (score.stripTrailingZeros().scale() > 4) {
            throw RuleViolationException.onField(field, "assessment.score.error.decimals");
        }
        if (step != null && score.remainder(step).signum() != 0) {
            throw RuleViolationException.onField(field, "assessment.score.error.step", score, step);
        }
    }
}
