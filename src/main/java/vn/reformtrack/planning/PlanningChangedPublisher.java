package vn.reformtrack.planning;

import java.util.Collection;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces {@link PlanningChanged} for a use case's changes, after flushing them, so that listeners reading the
 * tables in the same transaction see them. A draft plan's tasks concern no one yet: nothing is announced for them.
 */
@Component
class PlanningChangedPublisher {

    private final TaskRepository tasks;
    private final ApplicationEventPublisher events;

    PlanningChangedPublisher(TaskRepository tasks, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
    }

    void tasksChanged(Plan plan, Collection<Long> leadUnitIds) {
        if (plan.isDraft() || leadUnitIds.isEmpty()) {
            return;
        }
        tasks.flush();
        events.publishEvent(PlanningChanged.ofUnits(plan.getYear(), Set.copyOf(leadUnitIds)));
    }

    /** The plan itself changed (issued, closed, amended): its years, the one before a move included. */
    void planChanged(Plan plan, int... formerYears) {
        if (plan.isDraft()) {
            return;
        }
        tasks.flush();
        Set<Integer> years = new java.util.HashSet<>(Set.of(plan.getYear()));
        for (int year : formerYears) {
            years.add(year);
        }
        events.publishEvent(PlanningChanged.ofYears(years));
    }
}
