package vn.reformtrack.unitindex;

import java.time.LocalDate;

/**
 * A round in lists, with its progress: units, submitted, late (not submitted after their deadline), lines the council
 * must appraise and those done, explanations waiting for an answer.
 */
public record RoundRow(long id, long lockVersion, int year, IndexRoundStatus status, LocalDate selfAssessmentDeadline,
        LocalDate explanationFrom, LocalDate explanationTo, LocalDate publicationDate, int groups, int units,
        int submitted, int late, long toAppraise, long appraised, long openContests) {

    public RoundPhase phase(LocalDate today) {
        return RoundPhase.of(status, selfAssessmentDeadline, explanationFrom, explanationTo, today);
    }

    public int appraisedPercent() {
        return toAppraise == 0 ? 0 : (int) (appraised * 100 / toAppraise);
    }
}
