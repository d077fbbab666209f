package vn.reformtrack.notification;

import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.PlanIssued;
import vn.reformtrack.planning.PlanSummary;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskAssigned;
import vn.reformtrack.planning.TaskDeadlines;
import vn.reformtrack.planning.TaskSummary;

/**
 * Planning's events as notifications: a plan issued (each unit it gives tasks to, with how many it leads and
 * coordinates), a task newly reaching units (their heads) or a person named to answer for it.
 */
@Component
class PlanningListener {

    private final PlanningQueries planning;
    private final TaskDeadlines deadlines;
    private final UnitDirectory units;
    private final Recipients recipients;
    private final Notifier notifier;

    PlanningListener(PlanningQueries planning, TaskDeadlines deadlines, UnitDirectory units, Recipients recipients,
            Notifier notifier) {
        this.planning = planning;
        this.deadlines = deadlines;
        this.units = units;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void issued(PlanIssued event) {
        PlanSummary plan = planning.plans(event.year()).stream().filter(p -> p.id() == event.planId()).findFirst()
                .orElseThrow();
        String name = plan.documentNumber() != null ? plan.documentNumber() + " — " + plan.title() : plan.title();
        for (TaskDeadlines.PlanShare share : deadlines.sharesOf(plan.id())) {
            notifier.send(recipients.unitPeople(List.of(share.unitId())), Notice.of(NotificationKind.PLAN_ISSUED,
                    Subjects.plan(plan.id()), "plan-issued:" + plan.id(), name, share.leading(), share.coordinating()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void assigned(TaskAssigned event) {
        TaskSummary task = planning.task(event.taskId()).orElseThrow();
        String due = Subjects.day(task.dueDate());
        for (Long unitId : event.unitIds()) {
            String unitName = units.find(unitId).map(UnitSummary::name).orElse("#" + unitId);
            String role = unitId == task.leadUnitId() ? "notification.role.lead" : "notification.role.coordinating";
            notifier.send(recipients.heads(List.of(unitId)), Notice.of(NotificationKind.TASK_ASSIGNED,
                    Subjects.task(task.id()), "task-assigned:" + task.id() + ":unit:" + unitId,
                    new DefaultMessageSourceResolvable(new String[] {role}, new Object[] {unitName}), task.title(), due));
        }
        if (event.responsibleUserId() != null) {
            recipients.user(event.responsibleUserId()).ifPresent(person -> notifier.send(List.of(person),
                    Notice.of(NotificationKind.TASK_ASSIGNED, Subjects.task(task.id()),
                            "task-assigned:" + task.id() + ":person:" + person.userId(),
                            new DefaultMessageSourceResolvable("notification.role.responsible"), task.title(), due)));
        }
    }
}
