package vn.reformtrack.planning;

import java.time.LocalDate;

/**
 * One line of a task list, read in the same query as the page: the plan, the units' and responsible person's names,
 * the criteria codes, the derived status; {@code role} is the viewing unit's part in it (null in province-wide
 * lists) and {@code daysOverdue} how many days past the deadline an open task is (0 otherwise).
 */
public record TaskRow(
        long id,
        long planId,
        String planLabel,
        int planYear,
        PlanStatus planStatus,
        String title,
        String expectedOutput,
        long leadUnitId,
        String leadUnitName,
        String coordinatingUnitNames,
        String criteriaCodes,
        String responsibleName,
        DeadlineKind deadlineKind,
        LocalDate dueDate,
        TaskPriority priority,
        int progressPercent,
        LocalDate completedOn,
        TaskStatus status,
        TaskRole role,
        int daysOverdue) {}
