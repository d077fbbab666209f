package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import vn.reformtrack.unitindex.ClassThresholds;
import vn.reformtrack.unitindex.OpenRoundCommand;
import vn.reformtrack.unitindex.Timetable;

/** A year's round as the browser sends it: groups, timetable (dd/MM/yyyy or ISO), class thresholds, chair. */
@Data
class RoundForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    private List<Long> groupIds = new ArrayList<>();

    private LocalDate selfAssessmentDeadline;
    private LocalDate appraisalDeadline;
    private LocalDate explanationFrom;
    private LocalDate explanationTo;
    private LocalDate publicationDate;

    private BigDecimal classExcellent;
    private BigDecimal classGood;
    private BigDecimal classFair;
    private BigDecimal classAverage;

    private Long chairUserId;

    Timetable timetable() {
        return new Timetable(selfAssessmentDeadline, appraisalDeadline, explanationFrom, explanationTo, publicationDate);
    }

    ClassThresholds thresholds() {
        return new ClassThresholds(classExcellent, classGood, classFair, classAverage);
    }

    OpenRoundCommand toCommand() {
        return new OpenRoundCommand(year, groupIds, timetable(), thresholds(), chairUserId);
    }
}
