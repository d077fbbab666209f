package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.List;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.indices.CriterionSummary;

/**
 * One line of a unit's sheet with everything around it: the round and sheet, the criterion and its area with the
 * scoring guidance, the unit's files and named reports and tasks, last year's appraised score of the same criterion,
 * and the explanation raised on it with its files. What the reader may do with it is in {@link #can()}.
 */
public record ScoreView(UnitIndexRound round, UnitSheet sheet, UnitScore score, CriterionSummary criterion,
        CriterionSummary area, String guidance, String unitName, String groupName, List<EvidenceSummary> files,
        List<YearReport> reports, List<YearTask> tasks, BigDecimal previousScore, Contest contest,
        List<EvidenceSummary> contestFiles, Permissions can) {

    /**
     * What the reader may do now (the services check the same again).
     *
     * @param seeAppraisal the council's score is shown (always to the council and province-wide readers; to the unit
     *                     from the preliminary results on)
     * @param conflicted   the reader appraises the area but the line is their own unit's: the chair or another member
     *                     appraises it
     */
    public record Permissions(boolean record, boolean appraise, boolean contest, boolean answer, boolean seeAppraisal,
            boolean conflicted) {

        public boolean anything() {
            return record || appraise || contest || answer;
        }
    }
}
