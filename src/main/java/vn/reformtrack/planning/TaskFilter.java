package vn.reformtrack.planning;

/**
 * What a task list is narrowed to; every part may be left out (null). {@code unitId} finds the tasks a unit leads or
 * coordinates, or only one of the two with {@code unitRole}; {@code criterionId} finds tasks serving the criterion
 * or anything below it in its tree.
 */
public record TaskFilter(
        String query,
        Long planId,
        Integer year,
        Long unitId,
        TaskRole unitRole,
        Long criterionId,
        TaskStatus status,
        TaskPriority priority,
        DeadlineKind deadlineKind,
        TaskSort sort) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }

    public TaskSort sortOrDefault() {
        return sort == null ? TaskSort.DEADLINE : sort;
    }

    public TaskFilter withStatus(TaskStatus newStatus) {
        return new TaskFilter(query, planId, year, unitId, unitRole, criterionId, newStatus, priority, deadlineKind, sort);
    }

    public TaskFilter withPlan(Long newPlanId) {
        return new TaskFilter(query, newPlanId, year, unitId, unitRole, criterionId, status, priority, deadlineKind, sort);
    }

    public TaskFilter withUnit(Long newUnitId, TaskRole role) {
        return new TaskFilter(query, planId, year, newUnitId, role, criterionId, status, priority, deadlineKind, sort);
    }
}
