package vn.reformtrack.unitindex.web;

import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.unitindex.Timetable;
import vn.reformtrack.unitindex.UnitIndexRound;

/** A round's new timetable as typed, with the round's version it was opened with. */
@Data
class TimetableForm {

    private LocalDate selfAssessmentDeadline;
    private LocalDate appraisalDeadline;
    private LocalDate explanationFrom;
    private LocalDate explanationTo;
    private LocalDate publicationDate;
    private long version;

    static TimetableForm from(UnitIndexRound round) {
        TimetableForm form = new TimetableForm();
        form.setSelfAssessmentDeadline(round.getSelfAssessmentDeadline());
        form.setAppraisalDeadline(round.getAppraisalDeadline());
        form.setExplanationFrom(round.getExplanationFrom());
        form.setExplanationTo(round.getExplanationTo());
        form.setPublicationDate(round.getPublicationDate());
        form.setVersion(round.getVersion());
        return form;
    }

    Timetable toTimetable() {
        return new Timetable(selfAssessmentDeadline, appraisalDeadline, explanationFrom, explanationTo, publicationDate);
    }
}
