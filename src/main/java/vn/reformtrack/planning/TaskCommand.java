package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a coordinator sets on a task. {@code dueDate} is read only for {@link DeadlineKind#DATE}; recurring and
 * all-year tasks are due by the end of the plan's year.
 */
public record TaskCommand(
        String title,
        String description,
        String expectedOutput,
        Set<Long> criterionIds,
        Long leadUnitId,
        Set<Long> coordinatingUnitIds,
        Long responsibleUserId,
        DeadlineKind deadlineKind,
        LocalDate dueDate,
        TaskPriority priority) {

    public TaskCommand {
        criterionIds = criterionIds == null ? Set.of() : Set.copyOf(criterionIds);
        coordinatingUnitIds = coordinatingUnitIds == null ? Set.of() : Set.copyOf(coordinatingUnitIds);
    }

    /** The same task with another responsible person. */
    TaskCommand withResponsible(Long userId) {
        return new TaskCommand(title, description, expectedOutput, criterionIds, leadUnitId, coordinatingUnitIds, userId,
                deadlineKind, dueDate, priority);
    }
}
