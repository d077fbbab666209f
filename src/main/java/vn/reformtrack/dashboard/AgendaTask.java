package vn.reformtrack.dashboard;

import java.time.LocalDate;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.TaskStatus;

/** An open task on a unit's home page: overdue or due soon, led or coordinated by the unit. */
public record AgendaTask(long id, String title, String planNumber, DeadlineKind deadlineKind, LocalDate dueDate,
        int progressPercent, TaskStatus status, boolean leads, long days) {}
