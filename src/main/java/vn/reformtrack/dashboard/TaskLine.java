package vn.reformtrack.dashboard;

import java.time.LocalDate;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.TaskStatus;

/** A task as the drill-down lists it, with its status on the day the figures are read. */
public record TaskLine(long id, String title, long planId, String planNumber, DeadlineKind deadlineKind,
        LocalDate dueDate, int progressPercent, LocalDate completedOn, TaskStatus status) {}
