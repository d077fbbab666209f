package vn.reformtrack.planning;

import java.util.Set;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;

/** A coordinator's work on plans: draft, edit the draft, issue, close. Everyone reads the plans they may see. */
@Service
@Transactional
public class PlanService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A signed plan is a PDF or a Word document. */
    static final Set<String> SIGNED_DOCUMENT_TYPES = Set.of(
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final PlanTargetRepository targets;
    private final PlanQueries queries;
    private final PlanHistory history;
    private final IndexCatalog catalog;
    private final ApplicationEventPublisher events;
    private final PlanningChangedPublisher announce;
    private final Clock clock;
    private final EvidenceStore evidence;

    PlanService(PlanRepository plans, TaskRepository tasks, PlanTargetRepository targets, PlanQueries queries, PlanHistory history,
            IndexCatalog catalog, ApplicationEventPublisher events, Clock clock, EvidenceStore evidence,
            PlanningChangedPublisher announce) {
        this.evidence = evidence;
        this.plans = plans;
        this.tasks = tasks;
        this.targets = targets;
        this.queries = queries;
        this.history = history;
        this.catalog = catalog;
        this.events = events;
        this.announce = announce;
        this.clock = clock;
    }

    /** A plan the user may see: a draft is the coordinators' and leaders' alone. */
    @Transactional(readOnly = true)
    public Plan get(long id, CurrentUser user) {
        Plan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        if (!PlanningAccess.canSee(user, plan)) {
            throw new PlanNotFoundException(id);
        }
        return plan;
    }

    @Transactional(readOnly = true)
    public Page<PlanRow> search(PlanFilter filter, CurrentUser user, Pageable pageable) {
        return queries.search(filter, user, LocalDate.now(clock), pageable);
    }

    /** The plans a task filter offers the user: those they may see, newest first. */
    @Transactional(readOnly = true)
    public List<PlanChoice> choices(CurrentUser user) {
        return queries.choices(user);
    }

    /** Plans that still take tasks (drafts and issued plans), newest first: the choices of the task form. */
    @Transactional(readOnly = true)
    public List<Plan> openPlans() {
        return plans.findByStatusInOrderByYearDescIdDesc(List.of(PlanStatus.DRAFT, PlanStatus.ISSUED));
    }

    public Plan create(PlanCommand command, CurrentUser user) {
        PlanningAccess.requireManager(user);
        PlanCommand checked = check(command, null);
        return plans.save(new Plan(checked));
    }

    public Plan update(long id, long version, PlanCommand command, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        ConcurrentEditException.check("Plan", id, version, plan.getVersion());
        PlanCommand checked = check(command, plan);
        targets.findByPlanIdOrderByPositionAscIdAsc(id).stream()
                .filter(target -> !checked.frameworkIds().contains(target.getFrameworkId()))
                .findFirst()
                .ifPresent(target -> {
                    throw RuleViolationException.onField("frameworkIds", "plan.error.frameworkHasTargets",
                            catalog.framework(target.getFrameworkId()).map(FrameworkSummary::code).orElse(""));
                });
        int oldYear = plan.getYear();
        plan.describe(checked);
        List<Task> planTasks = tasks.findByPlanId(id);
        if (oldYear != plan.getYear()) {
            planTasks.forEach(task -> task.followYearEnd(plan.yearEnd()));
        }
        planTasks.stream()
                .filter(task -> !task.isCancelled() && task.getDueDate().isBefore(plan.earliestDeadline()))
                .findFirst()
                .ifPresent(task -> {
                    throw RuleViolationException.onField(plan.getIssueDate() != null ? "issueDate" : "year",
                            "plan.error.taskDueBeforeStart", task.getTitle(), DATE.format(task.getDueDate()));
                });
        announce.planChanged(plan, oldYear);
        return plan;
    }

    /** Signed and sent: units see its tasks from now on. */
    public void issue(long id, long version, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        ConcurrentEditException.check("Plan", id, version, plan.getVersion());
        Plan.TaskSchedule schedule = tasks.findFirstByPlanIdAndCancelledAtIsNullOrderByDueDateAscIdAsc(id)
                .map(first -> new Plan.TaskSchedule(tasks.countByPlanIdAndCancelledAtIsNull(id), first.getDueDate(),
                        first.getTitle()))
                .orElse(new Plan.TaskSchedule(0, null, null));
        plan.issue(user.username(), Instant.now(clock), schedule);
        history.record(plan, null, PlanChangeKind.PLAN_ISSUED, user.username(), List.of());
        events.publishEvent(new PlanIssued(id, plan.getYear()));
        announce.planChanged(plan);
    }

    public void close(long id, long version, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        ConcurrentEditException.check("Plan", id, version, plan.getVersion());
        plan.close(user.username(), Instant.now(clock));
        history.record(plan, null, PlanChangeKind.PLAN_CLOSED, user.username(), List.of());
        announce.planChanged(plan);
    }

    /**
     * Attaches the signed document, a PDF or DOCX the user already put in the evidence store (the upload widget on
     * the plan's page does that). Units read it once the plan is issued ({@link SignedPlanDocumentGrant}).
     */
    public void attachSignedDocument(long id, long version, long evidenceId, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        ConcurrentEditException.check("Plan", id, version, plan.getVersion());
        EvidenceSummary file = evidence.get(user, evidenceId);
        if (!SIGNED_DOCUMENT_TYPES.contains(file.contentType())) {
            throw RuleViolationException.onField("documentId", "plan.error.document.type", file.originalFileName());
        }
        String before = plan.getSignedDocumentId() == null ? null
                : evidence.find(plan.getSignedDocumentId()).map(EvidenceSummary::originalFileName).orElse(null);
        plan.attachSignedDocument(evidenceId);
        history.record(plan, null, PlanChangeKind.DOCUMENT_ATTACHED, user.username(),
                List.of(new FieldChange("plan.signedDocument", before, file.originalFileName())));
    }

    /** The number in its canonical form, unique in its issue year; frameworks that exist (new ones active). */
    private PlanCommand check(PlanCommand command, Plan existing) {
        String number = null;
        if (command.documentNumber() != null && !command.documentNumber().isBlank()) {
            number = DocumentNumber.parse(command.documentNumber()).toString();
            if (command.issueDate() != null
                    && plans.numberTaken(number, command.issueDate().getYear(), existing == null ? -1 : existing.getId())) {
                throw RuleViolationException.onField("documentNumber", "plan.error.numberTaken", number,
                        String.valueOf(command.issueDate().getYear()));
            }
        }
        if (command.issueDate() != null && command.issueDate().getYear() > command.year()) {
            throw RuleViolationException.onField("issueDate", "plan.error.issueDateAfterYear",
                    String.valueOf(command.year()));
        }
        Set<Long> frameworkIds = command.frameworkIds() == null ? Set.of() : command.frameworkIds();
        if (frameworkIds.isEmpty()) {
            throw RuleViolationException.onField("frameworkIds", "plan.error.frameworksMissing");
        }
        for (Long frameworkId : frameworkIds) {
            FrameworkSummary framework = catalog.framework(frameworkId).orElseThrow(
                    () -> RuleViolationException.onField("frameworkIds", "plan.error.frameworkUnknown"));
            boolean isNew = existing == null || !existing.getFrameworkIds().contains(frameworkId);
            if (isNew && !framework.active()) {
                throw RuleViolationException.onField("frameworkIds", "plan.error.frameworkInactive", framework.nameVi());
            }
        }
        return new PlanCommand(number, command.title(), command.issuingBody(), command.signer(), command.issueDate(),
                command.year(), frameworkIds);
    }
}
