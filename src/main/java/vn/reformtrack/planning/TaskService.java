package vn.reformtrack.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A plan's tasks: coordinators create, amend, cancel (and delete from a draft); the lead unit's head names the
 * responsible person; everyone reads what they may see. Amendments of an issued plan are recorded in its history, and
 * whoever an issued plan's task newly reaches is published as a {@link TaskAssigned}.
 */
@Service
@Transactional
public class TaskService {

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final TaskRules rules;
    private final TaskChanges changes;
    private final PlanHistory history;
    private final TaskQueries queries;
    private final PlanningChangedPublisher announce;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(TaskRepository tasks, PlanRepository plans, TaskRules rules, TaskChanges changes, PlanHistory history,
            TaskQueries queries, PlanningChangedPublisher announce, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.rules = rules;
        this.changes = changes;
        this.history = history;
        this.queries = queries;
        this.announce = announce;
        this.events = events;
        this.clock = clock;
    }

    /** A task the user may see; another unit's task, or a draft's for a unit user, is "not found". */
    @Transactional(readOnly = true)
    public Task get(long id, CurrentUser user) {
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
        Plan plan = plan(task.getPlanId());
        if (!PlanningAccess.canSee(user, plan, task)) {
            throw new TaskNotFoundException(id);
        }
        return task;
    }

    /**
     * The task list as the user may see it (a unit user only their unit's tasks of issued plans), with the filter's
     * count in each status.
     */
    @Transactional(readOnly = true)
    public TaskListPage list(TaskFilter filter, CurrentUser user, Pageable pageable) {
        return queries.search(filter, user, LocalDate.now(clock), pageable);
    }

    /** The first {@code limit} tasks of {@link #list}, in its order, one at a time as they are read (the exports). */
    @Transactional(readOnly = true)
    public void forEach(TaskFilter filter, CurrentUser user, int limit, Consumer<TaskRow> action) {
        queries.forEach(filter, user, LocalDate.now(clock), limit, action);
    }

    /** A page of {@link #list}, for pages that show no counts. */
    @Transactional(readOnly = true)
    public Page<TaskRow> search(TaskFilter filter, CurrentUser user, Pageable pageable) {
        return list(filter, user, pageable).tasks();
    }

    /** How many of the tasks the user may see match the filter, per status. */
    @Transactional(readOnly = true)
    public Map<TaskStatus, Long> countByStatus(TaskFilter filter, CurrentUser user) {
        return queries.countByStatus(filter, user, LocalDate.now(clock));
    }

    /** Per unit, the tasks it leads (by status) and coordinates, among those the user may see and the filter finds. */
    @Transactional(readOnly = true)
    public List<UnitTaskCounts> countByUnit(TaskFilter filter, CurrentUser user) {
        return queries.countByUnit(filter, user, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public boolean canAssignResponsible(Task task, CurrentUser user) {
        return PlanningAccess.canAssignResponsible(user, task) && !task.isCancelled()
                && plan(task.getPlanId()).getStatus() != PlanStatus.CLOSED;
    }

    public Task create(long planId, TaskCommand command, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = plan(planId);
        plan.requireOpenForChanges();
        LocalDate due = rules.check(plan, command, null);
        Task task = tasks.save(new Task(planId, command, due));
        history.record(plan, task.getId(), PlanChangeKind.TASK_ADDED, user.username(),
                changes.between(null, task.command()));
        announce.tasksChanged(plan, List.of(task.getLeadUnitId()));
        announceAssignment(plan, task, null);
        return task;
    }

    /**
     * Creates all the tasks or none (an import): the first that breaks a rule stops the batch and nothing is saved.
     * Once the plan is issued, each task's addition and the import itself are recorded in its history.
     *
     * @throws TaskBatchRefused naming the refused task's position and the rule it broke
     */
    public List<Task> createAll(long planId, List<TaskCommand> commands, String source, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = plan(planId);
        plan.requireOpenForChanges();
        List<Task> created = new java.util.ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            TaskCommand command = commands.get(i);
            try {
                Task task = tasks.save(new Task(planId, command, rules.check(plan, command, null)));
                history.record(plan, task.getId(), PlanChangeKind.TASK_ADDED, user.username(),
                        changes.between(null, task.command()));
                announceAssignment(plan, task, null);
                created.add(task);
            } catch (RuleViolationException violation) {
                throw new TaskBatchRefused(i, violation);
            }
        }
        history.record(plan, null, PlanChangeKind.TASKS_IMPORTED, user.username(), List.of(
                new FieldChange("taskImport.fileName", "", source),
                new FieldChange("taskImport.count", "", String.valueOf(created.size()))));
        announce.tasksChanged(plan, created.stream().map(Task::getLeadUnitId).toList());
        return created;
    }

    /** Checks a task against the plan's rules without saving it (an import's preview): a refusal rolls nothing back. */
    @Transactional(readOnly = true, noRollbackFor = RuleViolationException.class)
    public void check(long planId, TaskCommand command) {
        Plan plan = plan(planId);
        plan.requireOpenForChanges();
        rules.check(plan, command, null);
    }

    public Task update(long id, long version, TaskCommand command, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
        ConcurrentEditException.check("Task", id, version, task.getVersion());
        Plan plan = plan(task.getPlanId());
        plan.requireOpenForChanges();
        TaskCommand before = task.command();
        long formerLead = task.getLeadUnitId();
        LocalDate due = rules.check(plan, command, before);
        task.amend(command, due);
        List<FieldChange> changed = changes.between(before, task.command());
        if (!changed.isEmpty()) {
            history.record(plan, id, PlanChangeKind.TASK_CHANGED, user.username(), changed);
        }
        announce.tasksChanged(plan, java.util.stream.Stream.of(formerLead, task.getLeadUnitId()).distinct().toList());
        announceAssignment(plan, task, before);
        return task;
    }

    /** The lead unit's head (or a coordinator) names the responsible person: an enabled account of the lead unit. */
    public void assignResponsible(long id, long version, Long userId, CurrentUser user) {
        Task task = get(id, user);
        if (!PlanningAccess.canAssignResponsible(user, task)) {
            throw new AccessDeniedException(user.username() + " may not assign task " + id);
        }
        ConcurrentEditException.check("Task", id, version, task.getVersion());
        Plan plan = plan(task.getPlanId());
        plan.requireOpenForChanges();
        if (userId != null) {
            rules.requireMemberOfLeadUnit(userId, task.getLeadUnitId());
        }
        FieldChange change = changes.responsible(task.getResponsibleUserId(), userId);
        TaskCommand before = task.command();
        task.assignResponsible(userId);
        history.record(plan, id, PlanChangeKind.RESPONSIBLE_ASSIGNED, user.username(), List.of(change));
        announceAssignment(plan, task, before);
    }

    public void cancel(long id, long version, String reason, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
        ConcurrentEditException.check("Task", id, version, task.getVersion());
        Plan plan = plan(task.getPlanId());
        plan.requireOpenForChanges();
        task.cancel(reason, user.username(), Instant.now(clock));
        history.record(plan, id, PlanChangeKind.TASK_CANCELLED, user.username(),
                List.of(new FieldChange("task.cancelReason", "", task.getCancelReason())));
        announce.tasksChanged(plan, List.of(task.getLeadUnitId()));
    }

    /** A draft's task written by mistake goes; once the plan is issued, a task is cancelled instead. */
    public void delete(long id, long version, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
        ConcurrentEditException.check("Task", id, version, task.getVersion());
        if (!plan(task.getPlanId()).isDraft()) {
            throw new RuleViolationException("task.error.deleteOnlyInDraft");
        }
        tasks.delete(task);
    }

    /** Tells who an issued plan's task newly reaches: units that take part since {@code before}, a person named. */
    private void announceAssignment(Plan plan, Task task, TaskCommand before) {
        if (plan.getStatus() != PlanStatus.ISSUED) {
            return;
        }
        Set<Long> units = new HashSet<>(task.getCoordinatingUnitIds());
        units.add(task.getLeadUnitId());
        if (before != null) {
            units.remove(before.leadUnitId());
            units.removeAll(before.coordinatingUnitIds());
        }
        Long responsible = task.getResponsibleUserId();
        if (before != null && Objects.equals(before.responsibleUserId(), responsible)) {
            responsible = null;
        }
        TaskAssigned assigned = new TaskAssigned(task.getId(), plan.getId(), Set.copyOf(units), responsible);
        if (assigned.reachesAnyone()) {
            events.publishEvent(assigned);
        }
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
    }
}
