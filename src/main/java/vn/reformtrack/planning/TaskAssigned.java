package vn.reformtrack.planning;

import java.util.Set;

/**
 * Work reached people through a task of an issued plan: units newly leading or coordinating it (a task added, or its
 * units changed) and a responsible person newly named. Published within the transaction that saves the task; a plan's
 * issue is published as {@link PlanIssued} instead of one of these per task.
 *
 * @param unitIds           the units that take part from now on (lead or coordinating), empty when none is new
 * @param responsibleUserId the person newly named, or null
 */
public record TaskAssigned(long taskId, long planId, Set<Long> unitIds, Long responsibleUserId) {

    public boolean reachesAnyone() {
        return !unitIds.isEmpty() || responsibleUserId != null;
    }
}
