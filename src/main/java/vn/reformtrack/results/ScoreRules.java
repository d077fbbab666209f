package vn.reformtrack.results;

import java.math.BigDecimal;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.RuleViolationException;

/** A criterion score as typed or imported: a number (decimal comma or point), between 0 and the maximum, on the step. */
final class ScoreRules {

    /** What the score column ({@code numeric(9, 4)}) holds: a criterion without a maximum is not bounded otherwise. */
    static final BigDecimal LIMIT = BigDecimal.valueOf(100_000);

    private ScoreRules() {}

    /** The score, or a refusal; {@code text} must not be blank. */
    static BigDecimal parse(CriterionSummary criterion, String text) {
        BigDecimal score = LenientDecimalFormatter.parseOrNull(text);
        if (score == null) {
            throw RuleViolationException.onField("score", "score.error.notANumber", text.strip());
        }
        check(criterion, score);
        return score;
    }

    static void check(CriterionSummary criterion, BigDecimal score) {
        if (criterion.retired() || !criterion.leaf()) {
            throw RuleViolationException.onField("code", "score.error.notScored", criterion.code());
        }
        if (score.signum() < 0) {
            throw RuleViolationException.onField("score", "score.error.negative");
        }
        if (score.stripTrailingZeros().scale() > 4) {
            throw RuleViolationException.onField("score", "score.error.decimals");
        }
        if (score.compareTo(LIMIT) >= 0) {
            throw RuleViolationException.onField("score", "score.error.tooLarge", plain(LIMIT));
        }
        if (criterion.maxPoints() != null && score.compareTo(criterion.maxPoints()) > 0) {
            throw RuleViolationException.onField("score", "score.error.aboveMax", plain(score), plain(criterion.maxPoints()));
        }
        if (criterion.scoreStep() != null && score.remainder(criterion.scoreStep()).signum() != 0) {
            throw RuleViolationException.onField("score", "score.error.step", plain(score), plain(criterion.scoreStep()));
        }
    }

    /** What the note column holds at most. */
    static final int MAX_NOTE = 1000;

    /** The note as it will be kept (blank is none), or a refusal when it is longer than its column. */
    static String note(String note) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw RuleViolationException.onField("note", "score.error.noteTooLong", MAX_NOTE);
        }
        return note;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
