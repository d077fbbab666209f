package vn.reformtrack.assessment;

import vn.reformtrack.indices.AssessmentMethod;

/**
 * Who gives a criterion its score in a round: the responsible unit, with evidence, appraised by Home Affairs; or Home
 * Affairs itself, as an estimate with its basis (criteria measured by surveys: SIPAS, the survey of leaders).
 */
public enum EntryMode {
    UNIT,
    ESTIMATE;

    /**
     * The default for a criterion: estimated when it is measured by a survey; recorded by its unit when it is
     * self-assessed or mixed (a mixed criterion has a documentary part the unit can show; coordinators may switch it).
     */
    public static EntryMode defaultFor(AssessmentMethod method) {
        return method == AssessmentMethod.SURVEY ? ESTIMATE : UNIT;
    }
}
