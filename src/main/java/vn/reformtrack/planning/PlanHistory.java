package vn.reformtrack.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a plan: its milestones (issued, closed) always, and once it is issued every amendment of its
 * targets and tasks, every responsible person named and every progress an accepted report recorded.
 */
@Service
@Transactional(readOnly = true)
public class PlanHistory {

    /** Recorded whatever the plan's status. */
    private static final Set<PlanChangeKind> MILESTONES = EnumSet.of(PlanChangeKind.PLAN_ISSUED, PlanChangeKind.PLAN_CLOSED);

    private final PlanChangeRepository changes;
    private final Clock clock;

    PlanHistory(PlanChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** The plan's latest changes, newest first. */
    public List<PlanChange> ofPlan(long planId, int limit) {
        return changes.findByPlanIdOrderByChangedAtDescIdDesc(planId, PageRequest.of(0, limit));
    }

    public long countOfPlan(long planId) {
        return changes.countByPlanId(planId);
    }

    /** Everything that happened to one task, newest first. */
    public List<PlanChange> ofTask(long taskId) {
        return changes.findByTaskIdOrderByChangedAtDescIdDesc(taskId);
    }

    @Transactional
    void record(Plan plan, Long taskId, Long targetId, PlanChangeKind kind, String by, List<FieldChange> fields) {
        if (!MILESTONES.contains(kind) && !plan.recordsAmendments()) {
            return;
        }
        List<FieldChange> changed = fields.stream().filter(FieldChange::changed).toList();
        changes.save(new PlanChange(plan.getId(), taskId, targetId, kind, Instant.now(clock), by, changed));
    }

    @Transactional
    void record(Plan plan, Long taskId, PlanChangeKind kind, String by, List<FieldChange> fields) {
        record(plan, taskId, null, kind, by, fields);
    }
}
