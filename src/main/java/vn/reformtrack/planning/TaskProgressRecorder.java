package vn.reformtrack.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * How the reporting module moves a task: when a coordinator accepts a unit's periodic report, each entry's progress
 * is recorded here. Nothing else changes a task's progress, and nobody types a task's status: it follows from this
 * progress, the completion date and the deadline ({@link TaskStatus#derive}).
 */
@Service
@Transactional
public class TaskProgressRecorder {

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final PlanHistory history;
    private final PlanningChangedPublisher announce;
    private final Clock clock;

    TaskProgressRecorder(TaskRepository tasks, PlanRepository plans, PlanHistory history,
            PlanningChangedPublisher announce, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.history = history;
        this.announce = announce;
        this.clock = clock;
    }

    /**
     * Records the progress of a task as a unit's accepted report states it, and the task's history shows it.
     *
     * <p>Only the <em>lead</em> unit's report moves the task: a coordinating unit's report describes its own
     * contribution and is answered {@link ProgressRecording#NOT_LEAD_UNIT} without changing anything. Nor is anything
     * recorded on a cancelled task, a draft plan's or a closed plan's (see {@link ProgressRecording}). A later report
     * may correct an earlier one, down as well as up; a report that repeats what the task shows changes nothing.
     *
     * @param taskId          the task the report entry is about
     * @param unitId          the unit whose report was accepted
     * @param progressPercent 0 to 100
     * @param completedOn     the day the task was finished: required with 100 %, refused below it, never after today
     * @param by              who accepted the report (a user name), for the history
     * @return what was done
     * @throws TaskNotFoundException  when there is no such task
     * @throws RuleViolationException when the progress is out of range, or the completion date is missing with 100 %,
     *                                given below 100 %, or in the future (message keys {@code task.error.*})
     */
    public ProgressRecording recordAcceptedProgress(long taskId, long unitId, int progressPercent, LocalDate completedOn,
            String by) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        Plan plan = plans.findById(task.getPlanId()).orElseThrow();
        if (plan.getStatus() == PlanStatus.DRAFT) {
            return ProgressRecording.PLAN_NOT_ISSUED;
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            return ProgressRecording.PLAN_CLOSED;
        }
        if (task.isCancelled()) {
            return ProgressRecording.TASK_CANCELLED;
        }
        if (task.getLeadUnitId() != unitId) {
            return ProgressRecording.NOT_LEAD_UNIT;
        }
        if (completedOn != null && completedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("task.error.completionInFuture", TaskChanges.date(completedOn));
        }
        if (task.getProgressPercent() == progressPercent && Objects.equals(task.getCompletedOn(), completedOn)) {
            return ProgressRecording.UNCHANGED;
        }
        List<FieldChange> changes = List.of(
                new FieldChange("task.progress", task.getProgressPercent() + " %", progressPercent + " %"),
                new FieldChange("task.completedOn", TaskChanges.date(task.getCompletedOn()), TaskChanges.date(completedOn)));
        task.recordProgress(progressPercent, completedOn, by, Instant.now(clock));
        history.record(plan, taskId, PlanChangeKind.PROGRESS_RECORDED, by, changes);
        announce.tasksChanged(plan, List.of(task.getLeadUnitId()));
        return ProgressRecording.APPLIED;
    }
}
