package vn.reformtrack.planning.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Creating and amending tasks (coordinators). A task can be started from a criterion — the lost-points page links to
 * {@code /planning/tasks/new?criterionId=…} — with that criterion and its default lead and coordinating units filled
 * in; the coordinator chooses the plan. A unit's lost points in the unit index add {@code leadUnitId} (that unit leads)
 * and {@code planId} (next year's plan). A save that meets someone else's newer save gets the form back as typed, with
 * what the other person saved beside it.
 */
@Controller
@RequestMapping("/planning/tasks")
@PreAuthorize(Managers.ONLY)
class TaskFormController {

    private static final String FORM = "planning/task-form";

    private final TaskService tasks;
    private final PlanService plans;
    private final PlanningOptions options;
    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final Clock clock;

    TaskFormController(TaskService tasks, PlanService plans, PlanningOptions options, IndexCatalog catalog,
            UnitDirectory units, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.options = options;
        this.catalog = catalog;
        this.units = units;
        this.clock = clock;
    }

    @ModelAttribute("deadlineKinds")
    DeadlineKind[] deadlineKinds() {
        return DeadlineKind.values();
    }

    @ModelAttribute("priorities")
    TaskPriority[] priorities() {
        return TaskPriority.values();
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) Long leadUnitId, Model model) {
        TaskForm form = new TaskForm();
        form.setPlanId(planId != null ? planId : onlyOpenPlanOfThisYear());
        if (criterionId != null) {
            catalog.criterion(criterionId).ifPresent(criterion -> prefill(form, criterion, model));
        }
        if (leadUnitId != null) {
            leadBy(form, leadUnitId);
        }
        model.addAttribute("form", form);
        return showForm(model, form, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") TaskForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model, form, null);
        }
        try {
            Task task = tasks.create(form.getPlanId(), form.toCommand(), user);
            FlashMessage.success(redirect, "task.saved", task.getTitle());
            return "redirect:/planning/tasks/" + task.getId();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return showForm(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Task task = tasks.get(id, user);
        TaskForm form = TaskForm.from(task);
        model.addAttribute("form", form);
        return showForm(model, form, task);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") TaskForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        Task task = tasks.get(id, user);
        form.setPlanId(task.getPlanId());
        if (result.hasErrors()) {
            return showForm(model, form, task);
        }
        try {
            tasks.update(id, form.getVersion(), form.toCommand(), user);
            FlashMessage.success(redirect, "task.saved", form.getTitle());
            return "redirect:/planning/tasks/" + id;
        } catch (RuleViolationException violation) {
            violation.addTo(result);
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            Task current = tasks.get(id, user);
            result.reject("task.error.changedMeanwhile", new Object[] {current.getUpdatedBy()}, null);
            model.addAttribute("conflict", TaskForm.from(current));
            form.setVersion(current.getVersion());
            return showForm(model, form, current);
        }
        return showForm(model, form, task);
    }

    /** The responsible-person choices for a lead unit: the form swaps them in (htmx) when the lead unit changes. */
    @GetMapping("/responsible-options")
    String responsibleOptions(@RequestParam(required = false) Long leadUnitId, Model model) {
        model.addAttribute("people", options.peopleOf(leadUnitId));
        model.addAttribute("selected", null);
        return "planning/fragments :: responsibleOptions";
    }

    private String showForm(Model model, TaskForm form, Task task) {
        model.addAttribute("task", task);
        model.addAttribute("planOptions", plans.openPlans());
        model.addAttribute("unitOptions", options.allUnits());
        Set<Long> keep = new HashSet<>(form.getCriterionIds());
        if (task != null) {
            keep.addAll(task.getCriterionIds());
        }
        model.addAttribute("criterionGroups", options.criteria(true, keep));
        model.addAttribute("people", options.peopleOf(form.getLeadUnitId()));
        return FORM;
    }

    /** The criterion, and the units that answer for it by default when they are active. */
    private void prefill(TaskForm form, CriterionSummary criterion, Model model) {
        form.getCriterionIds().add(criterion.id());
        model.addAttribute("fromCriterion", criterion);
        Set<Long> unitIds = new HashSet<>(criterion.coordinatingUnitIds());
        if (criterion.leadUnitId() != null) {
            unitIds.add(criterion.leadUnitId());
        }
        var found = units.findAll(unitIds);
        if (criterion.leadUnitId() != null && found.containsKey(criterion.leadUnitId())
                && found.get(criterion.leadUnitId()).active()) {
            form.setLeadUnitId(criterion.leadUnitId());
        }
        criterion.coordinatingUnitIds().stream()
                .map(found::get)
                .filter(unit -> unit != null && unit.active() && !Objects.equals(unit.id(), form.getLeadUnitId()))
                .map(UnitSummary::id)
                .forEach(form.getCoordinatingUnitIds()::add);
    }

    /**
     * The unit that lost the points leads the task (the unit index's lost points open the form so), when it is active;
     * it is then no longer among the coordinating units.
     */
    private void leadBy(TaskForm form, long unitId) {
        units.find(unitId).filter(UnitSummary::active).ifPresent(unit -> {
            if (form.getLeadUnitId() != null && !form.getLeadUnitId().equals(unitId)) {
                form.getCoordinatingUnitIds().add(form.getLeadUnitId());
            }
            form.setLeadUnitId(unitId);
            form.getCoordinatingUnitIds().remove(unitId);
        });
    }

    private Long onlyOpenPlanOfThisYear() {
        int year = LocalDate.now(clock).getYear();
        List<Plan> open = plans.openPlans().stream().filter(plan -> plan.getYear() == year).toList();
        return open.size() == 1 ? open.get(0).getId() : null;
    }
}
