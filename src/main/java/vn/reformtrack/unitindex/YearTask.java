package vn.reformtrack.unitindex;

import vn.reformtrack.planning.TaskStatus;

/** A task a unit led or helped with in the round's year, with its plan, status and progress. */
public record YearTask(long id, String title, String planNumber, TaskStatus status, int progressPercent) {}
