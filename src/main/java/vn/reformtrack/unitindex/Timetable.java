package vn.reformtrack.unitindex;

import java.time.LocalDate;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A round's timetable: the units' self-assessment deadline, the council's appraisal deadline, the explanation window
 * (both days included) and the planned publication. Each date on or after the one before.
 */
public record Timetable(LocalDate selfAssessmentDeadline, LocalDate appraisalDeadline, LocalDate explanationFrom,
        LocalDate explanationTo, LocalDate publicationDate) {

    public Timetable requireValid() {
        LocalDate[] dates = {selfAssessmentDeadline, appraisalDeadline, explanationFrom, explanationTo, publicationDate};
        String[] fields = {"selfAssessmentDeadline", "appraisalDeadline", "explanationFrom", "explanationTo",
            "publicationDate"};
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                throw RuleViolationException.onField(fields[i], "unitindex.timetable.error.missing");
            }
            if (i > 0 && dates[i].isBefore(dates[i - 1])) {
                throw RuleViolationException.onField(fields[i], "unitindex.timetable.error.order");
            }
        }
        return this;
    }

    public boolean windowContains(LocalDate day) {
        return !day.isBefore(explanationFrom) && !day.isAfter(explanationTo);
    }
}
