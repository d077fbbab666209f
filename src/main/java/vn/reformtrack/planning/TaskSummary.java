package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.Set;

/**
 * What other modules know of a task. {@code dueDate} is the deadline, or for {@link DeadlineKind#EACH_PERIOD} and
 * {@link DeadlineKind#ALL_YEAR} the last day of the plan's year; {@code status} is derived for today.
 */
public record TaskSummary(
        long id,
        long planId,
        String planDocumentNumber,
        int planYear,
        PlanStatus planStatus,
        String title,
        String description,
        String expectedOutput,
        Set<Long> criterionIds,
        long leadUnitId,
        Set<Long> coordinatingUnitIds,
        Long responsibleUserId,
        DeadlineKind deadlineKind,
        LocalDate dueDate,
        TaskPriority priority,
        int progressPercent,
        LocalDate completedOn,
        TaskStatus status) {

    /** The unit's part in this task, or null when it has none. */
    public TaskRole roleOf(long unitId) {
        if (leadUnitId == unitId) {
            return TaskRole.LEAD;
        }
        return coordinatingUnitIds.contains(unitId) ? TaskRole.COORDINATING : null;
    }
}
