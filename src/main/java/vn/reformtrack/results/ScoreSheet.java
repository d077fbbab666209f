package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.reformtrack.indices.CriterionSummary;

/**
 * A result's criterion scores as the score page shows them: the methodology's tree (areas as headings, active leaves
 * to score), the stored scores and notes by criterion id, and their sum beside the published total.
 */
public record ScoreSheet(
        ResultSummary result, long lockVersion, List<CriterionSummary> tree, Map<Long, BigDecimal> scores,
        Map<Long, String> notes, BigDecimal sum) {

    public boolean scored(CriterionSummary criterion) {
        return criterion.leaf() && !criterion.retired();
    }
}
