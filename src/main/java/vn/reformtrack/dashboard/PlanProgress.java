package vn.reformtrack.dashboard;

import java.time.LocalDate;

/** A plan of the year and its tasks by status. {@code status} is ISSUED or CLOSED. */
public record PlanProgress(long planId, String documentNumber, String title, String status, LocalDate issueDate,
        TaskCounts counts) {}
