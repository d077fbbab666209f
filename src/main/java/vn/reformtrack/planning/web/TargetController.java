package vn.reformtrack.planning.web;

import jakarta.validation.Valid;
import java.util.List;
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
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanTarget;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/** A plan's targets: add, change, remove (coordinators). They are shown, judged, on the plan's page. */
@Controller
@RequestMapping("/planning/plans/{planId}/targets")
@PreAuthorize(Managers.ONLY)
class TargetController {

    private static final String FORM = "planning/target-form";

    private final TargetService targets;
    private final PlanService plans;
    private final IndexCatalog catalog;
    private final PlanningOptions options;

    TargetController(TargetService targets, PlanService plans, IndexCatalog catalog, PlanningOptions options) {
        this.targets = targets;
        this.plans = plans;
        this.catalog = catalog;
        this.options = options;
    }

    @ModelAttribute("plan")
    Plan plan(@PathVariable long planId, CurrentUser user) {
        return plans.get(planId, user);
    }

    @ModelAttribute("planFrameworks")
    List<FrameworkSummary> planFrameworks(@ModelAttribute("plan") Plan plan) {
        return catalog.frameworks().stream().filter(f -> plan.getFrameworkIds().contains(f.id())).toList();
    }

    @ModelAttribute("metrics")
    TargetMetric[] metrics() {
        return TargetMetric.values();
    }

    @ModelAttribute("comparisons")
    TargetComparison[] comparisons() {
        return TargetComparison.values();
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new TargetForm());
        return showForm(model, null);
    }

    @PostMapping("/new")
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") TargetForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model, null);
        }
        try {
            targets.add(planId, form.toCommand(), user);
            FlashMessage.success(redirect, "target.saved");
            return "redirect:/planning/plans/" + planId;
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return showForm(model, null);
        }
    }

    @GetMapping("/{targetId}")
    String editForm(@PathVariable long planId, @PathVariable long targetId, Model model) {
        PlanTarget target = targets.get(planId, targetId);
        model.addAttribute("form", TargetForm.from(target));
        return showForm(model, target);
    }

    @PostMapping("/{targetId}")
    String update(@PathVariable long planId, @PathVariable long targetId, @Valid @ModelAttribute("form") TargetForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanTarget target = targets.get(planId, targetId);
        if (result.hasErrors()) {
            return showForm(model, target);
        }
        try {
            targets.update(planId, targetId, form.getVersion(), form.toCommand(), user);
            FlashMessage.success(redirect, "target.saved");
            return "redirect:/planning/plans/" + planId;
        } catch (RuleViolationException violation) {
            violation.addTo(result);
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            result.reject("target.error.changedMeanwhile");
            form.setVersion(targets.get(planId, targetId).getVersion());
        }
        return showForm(model, target);
    }

    @PostMapping("/{targetId}/remove")
    String remove(@PathVariable long planId, @PathVariable long targetId, @RequestParam long version, CurrentUser user,
            RedirectAttributes redirect) {
        try {
            targets.remove(planId, targetId, version, user);
            FlashMessage.success(redirect, "target.removed");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "target.error.changedMeanwhile");
        }
        return "redirect:/planning/plans/" + planId;
    }

    private String showForm(Model model, PlanTarget target) {
        model.addAttribute("target", target);
        @SuppressWarnings("unchecked")
        Set<String> codes = ((List<FrameworkSummary>) model.getAttribute("planFrameworks")).stream()
                .map(FrameworkSummary::code).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("criterionGroups", options.criteria(true,
                        target == null || target.getCriterionId() == null ? Set.of() : Set.of(target.getCriterionId()))
                .stream().filter(group -> codes.contains(group.frameworkCode())).toList());
        return FORM;
    }
}
