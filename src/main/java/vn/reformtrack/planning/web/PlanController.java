package vn.reformtrack.planning.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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
import vn.reformtrack.organization.OrganizationSettings;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanFilter;
import vn.reformtrack.planning.PlanRow;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/** The plan list, a plan's header form, and its issue and close actions. The plan's own page is {@link PlanPageController}. */
@Controller
@RequestMapping("/planning/plans")
class PlanController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "planning/plan-form";

    private final PlanService plans;
    private final IndexCatalog catalog;
    private final Settings settings;
    private final PlanningSheets sheets;
    private final Clock clock;

    PlanController(PlanService plans, IndexCatalog catalog, Settings settings, PlanningSheets sheets, Clock clock) {
        this.plans = plans;
        this.catalog = catalog;
        this.settings = settings;
        this.sheets = sheets;
        this.clock = clock;
    }

    @ModelAttribute("frameworks")
    List<FrameworkSummary> frameworks() {
        return catalog.frameworks();
    }

    @ModelAttribute("planStatuses")
    PlanStatus[] planStatuses() {
        return PlanStatus.values();
    }

    @GetMapping
    String list(PlanFilter filter, BindingResult ignoredBadFilter, @RequestParam(defaultValue = "0") int page,
            CurrentUser user, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("plans", plans.search(filter, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("canManage", user.canManageProvince());
        return "planning/plan-list";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(PlanFilter filter, BindingResult ignoredBadFilter, CurrentUser user) {
        List<PlanRow> rows = plans.search(filter, user, PageRequest.of(0, 100_000)).getContent();
        return sheets.plans(rows);
    }

    @GetMapping("/new")
    @PreAuthorize(Managers.ONLY)
    String createForm(Model model) {
        PlanForm form = new PlanForm();
        form.setYear(LocalDate.now(clock).getYear());
        form.setIssuingBody("Ủy ban nhân dân tỉnh " + settings.get(OrganizationSettings.PROVINCE_NAME));
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/new")
    @PreAuthorize(Managers.ONLY)
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, CurrentUser user,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            Plan plan = plans.create(form.toCommand(), user);
            FlashMessage.success(redirect, "plan.saved", plan.label());
            return "redirect:/planning/plans/" + plan.getId();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Managers.ONLY)
    String editForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Plan plan = plans.get(id, user);
        if (!plan.isDraft()) {
            FlashMessage.warning(redirect, "plan.error.headerFixed", plan.label());
            return "redirect:/planning/plans/" + id;
        }
        model.addAttribute("plan", plan);
        model.addAttribute("form", PlanForm.from(plan));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Managers.ONLY)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        Plan plan = plans.get(id, user);
        model.addAttribute("plan", plan);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            plans.update(id, form.getVersion(), form.toCommand(), user);
            FlashMessage.success(redirect, "plan.saved", plan.label());
            return "redirect:/planning/plans/" + id;
        } catch (RuleViolationException violation) {
            violation.addTo(result);
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            result.reject("plan.error.changedMeanwhile");
            form.setVersion(plans.get(id, user).getVersion());
        }
        return FORM;
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize(Managers.ONLY)
    String issue(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        try {
            plans.issue(id, version, user);
            FlashMessage.success(redirect, "plan.issued", plans.get(id, user).label());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/planning/plans/" + id;
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Managers.ONLY)
    String close(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        try {
            plans.close(id, version, user);
            FlashMessage.success(redirect, "plan.closed", plans.get(id, user).label());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/planning/plans/" + id;
    }

    /** The signed document, uploaded through the evidence widget on the plan's page (the last file linked wins). */
    @PostMapping("/{id}/document")
    @PreAuthorize(Managers.ONLY)
    String attachDocument(@PathVariable long id, @RequestParam long version,
            @RequestParam(name = "documentId", required = false) List<Long> documentIds, CurrentUser user,
            RedirectAttributes redirect) {
        if (documentIds == null || documentIds.isEmpty()) {
            FlashMessage.warning(redirect, "plan.error.document.none");
            return "redirect:/planning/plans/" + id;
        }
        try {
            plans.attachSignedDocument(id, version, documentIds.get(documentIds.size() - 1), user);
            FlashMessage.success(redirect, "plan.signedDocument.attached");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/planning/plans/" + id;
    }
}
