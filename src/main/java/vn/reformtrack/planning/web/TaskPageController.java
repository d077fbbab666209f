package vn.reformtrack.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanHistory;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A task's page — who, what, by when, how far, and its history — with what the viewer may do there: a coordinator
 * edits, cancels (or deletes from a draft); the lead unit's head names the responsible person.
 */
@Controller
@RequestMapping("/planning/tasks/{id}")
class TaskPageController {

    private final TaskService tasks;
    private final PlanService plans;
    private final PlanHistory history;
    private final UnitDirectory units;
    private final UserDirectory users;
    private final IndexCatalog catalog;
    private final PlanningOptions options;
    private final Clock clock;

    TaskPageController(TaskService tasks, PlanService plans, PlanHistory history, UnitDirectory units,
            UserDirectory users, IndexCatalog catalog, PlanningOptions options, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.history = history;
        this.units = units;
        this.users = users;
        this.catalog = catalog;
        this.options = options;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, CurrentUser user, Model model) {
        Task task = tasks.get(id, user);
        Plan plan = plans.get(task.getPlanId(), user);
        Set<Long> unitIds = new HashSet<>(task.getCoordinatingUnitIds());
        unitIds.add(task.getLeadUnitId());
        var unitNames = units.findAll(unitIds);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("task", task);
        model.addAttribute("plan", plan);
        model.addAttribute("status", task.status(LocalDate.now(clock)));
        model.addAttribute("leadUnit", unitNames.get(task.getLeadUnitId()));
        model.addAttribute("coordinatingUnits", task.getCoordinatingUnitIds().stream()
                .map(unitNames::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(UnitSummary::name)).toList());
        model.addAttribute("criteria", catalog.criteria(task.getCriterionIds()).values().stream()
                .sorted(Comparator.comparing(CriterionSummary::frameworkCode).thenComparing(CriterionSummary::code))
                .map(criterion -> criterion.frameworkCode() + " " + criterion.label(locale))
                .toList());
        model.addAttribute("responsible", task.getResponsibleUserId() == null ? null
                : users.find(task.getResponsibleUserId()).map(UserSummary::fullName).orElse(null));
        model.addAttribute("history", history.ofTask(id));
        boolean open = plan.getStatus() != PlanStatus.CLOSED && !task.isCancelled();
        model.addAttribute("canManage", user.canManageProvince() && open);
        boolean canAssign = tasks.canAssignResponsible(task, user);
        model.addAttribute("canAssign", canAssign);
        if (canAssign) {
            model.addAttribute("people", options.peopleOf(task.getLeadUnitId()));
        }
        return "planning/task";
    }

    @PostMapping("/responsible")
    String assignResponsible(@PathVariable long id, @RequestParam(required = false) Long responsibleUserId,
            @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        try {
            tasks.assignResponsible(id, version, responsibleUserId, user);
            FlashMessage.success(redirect, "task.responsibleAssigned");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "task.error.changedMeanwhileReload");
        }
        return "redirect:/planning/tasks/" + id;
    }

    @PostMapping("/cancel")
    @PreAuthorize(Managers.ONLY)
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam long version,
            CurrentUser user, RedirectAttributes redirect) {
        try {
            tasks.cancel(id, version, reason, user);
            FlashMessage.success(redirect, "task.cancelled");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "task.error.changedMeanwhileReload");
        }
        return "redirect:/planning/tasks/" + id;
    }

    @PostMapping("/delete")
    @PreAuthorize(Managers.ONLY)
    String delete(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        Task task = tasks.get(id, user);
        try {
            tasks.delete(id, version, user);
            FlashMessage.success(redirect, "task.deleted", task.getTitle());
            return "redirect:/planning/plans/" + task.getPlanId();
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "task.error.changedMeanwhileReload");
        }
        return "redirect:/planning/tasks/" + id;
    }
}
