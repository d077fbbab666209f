package vn.reformtrack.unitindex;

/**
 * What the unit index adds to a catalogue criterion, as stored: its kind when it is set on this node (null: as its
 * ancestors or the catalogue say), scoring guidance, the survey's scale.
 */
public record CriterionRule(long criterionId, CriterionPart part, String guidance, SurveyScale surveyScale) {

    static CriterionRule none(long criterionId) {
        return new CriterionRule(criterionId, null, null, null);
    }
}
