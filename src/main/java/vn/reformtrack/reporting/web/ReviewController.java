package vn.reformtrack.reporting.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.reporting.ReportPages;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A coordinator's review of a unit's report: start it, accept (the lead entries move their tasks), return it with
 * comments (the page comes back with what was typed when the return is refused), or reopen entry after the lock.
 */
@Controller
@RequestMapping("/reporting/reports/{id}")
@PreAuthorize(Managers.ONLY)
class ReviewController {

    private final ReportService reports;
    private final ReportPages pages;
    private final ReportView view;

    ReviewController(ReportService reports, ReportPages pages, ReportView view) {
        this.reports = reports;
        this.pages = pages;
        this.view = view;
    }

    @PostMapping("/review")
    String startReview(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return ReportController.transition(id, redirect, "report.reviewStarted", () -> reports.startReview(id, version, user));
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return ReportController.transition(id, redirect, "report.accepted", () -> reports.accept(id, version, user));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return ReportController.transition(id, redirect, "report.reopened", () -> reports.reopen(id, version, user));
    }

    @PostMapping("/return")
    String returnToUnit(@PathVariable long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reports.returnToUnit(id, form.getVersion(), form.getComment(), form.getEntryComments(), user);
                FlashMessage.success(redirect, "report.returned");
                return "redirect:/reporting/reports/" + id;
            } catch (RuleViolationException refused) {
                refused.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("report.error.changedMeanwhile");
            }
        }
        return view.render(pages.page(id, user), model, null, Map.of(), Map.of());
    }
}
