package vn.reformtrack.planning;

import java.time.LocalDate;

/**
 * One line of the plan list with its task counts (for a unit user: the tasks of their unit only): all tasks still
 * standing, those still open, and those overdue.
 */
public record PlanRow(
        long id,
        String documentNumber,
        String title,
        String issuingBody,
        int year,
        LocalDate issueDate,
        PlanStatus status,
        String frameworkCodes,
        long taskCount,
        long openCount,
        long overdueCount) {}
