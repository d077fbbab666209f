package vn.reformtrack.calendar.web;

import lombok.Getter;
import lombok.Setter;
import vn.reformtrack.calendar.CalendarLines;
import vn.reformtrack.calendar.CalendarYear;
import vn.reformtrack.calendar.DayKind;

/** A year's list as the administrator types it: one day a line in each box. */
@Getter
@Setter
public class CalendarForm {

    private Long version;
    private String source;
    private String daysOff;
    private String workingDays;

    static CalendarForm from(CalendarYear year) {
        CalendarForm form = new CalendarForm();
        form.version = year.getVersion();
        form.source = year.getSource();
        form.daysOff = CalendarLines.write(year.sortedDays(), DayKind.DAY_OFF);
        form.workingDays = CalendarLines.write(year.sortedDays(), DayKind.WORKING_DAY);
        return form;
    }
}
