package vn.reformtrack.reporting.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.reformtrack.reporting.ReportPage;
import vn.reformtrack.reporting.ReportPages;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A unit's report page: its unit opens it from the period (created and pre-filled the first time), writes the
 * narrative, and the head submits or withdraws it. Entries are saved by {@link EntryController}; reviews by
 * {@link ReviewController}. Another unit's report answers 404.
 */
@Controller
@RequestMapping("/reporting")
class ReportController {

    static final String PAGE = "reporting/report";

    private final ReportPages pages;
    private final ReportService reports;
    private final ReportView view;

    ReportController(ReportPages pages, ReportService reports, ReportView view) {
        this.pages = pages;
        this.reports = reports;
        this.view = view;
    }

    @GetMapping("/periods/{periodId}/my-report")
    String openMine(@PathVariable long periodId, CurrentUser user, RedirectAttributes redirect) {
        if (!user.isUnitUser()) {
            return "redirect:/reporting/periods/" + periodId;
        }
        try {
            return "redirect:/reporting/reports/" + reports.idOfOwn(periodId, user);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
            return "redirect:/reporting";
        }
    }

    /** The report with a page of its entries; {@code page} as the lists have it (zero-based, any bad value: nearest). */
    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String page, CurrentUser user, Model model) {
        return view.render(pages.page(id, user, pageNumber(page)), model, null, Map.of(), Map.of());
    }

    /**
     * A page number as typed in a URL: a number past the last page (however large) stays large so that the last page
     * is shown, a negative one or anything that is not a number is the first page.
     */
    static int pageNumber(String value) {
        String typed = value == null ? "" : value.strip();
        if (!typed.matches("\\+?\\d+")) {
            return 0;
        }
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException tooLarge) {
            return Integer.MAX_VALUE;
        }
    }

    /** The report's page of entries holding {@code entryId}, at that entry: {@code /reporting/reports/7?page=1#entry-42}. */
    static String entryLink(long reportId, int page, long entryId) {
        return "/reporting/reports/" + reportId + (page > 0 ? "?page=" + page : "") + "#entry-" + entryId;
    }

    @PostMapping("/reports/{id}/narrative")
    String saveNarrative(@PathVariable long id, @Valid @ModelAttribute("narrative") NarrativeForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reports.saveNarrative(id, form.getVersion(), form.toCommand(), user);
                FlashMessage.success(redirect, "report.narrativeSaved");
                return "redirect:/reporting/reports/" + id + "#narrative";
            } catch (RuleViolationException refused) {
                refused.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("report.error.changedMeanwhile");
            }
        }
        ReportPage page = pages.page(id, user);
        model.addAttribute("narrativeConflict", result.getGlobalErrors().stream()
                .anyMatch(error -> "report.error.changedMeanwhile".equals(error.getCode())) ? page.report() : null);
        return view.render(page, model, form, Map.of(), Map.of());
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return transition(id, redirect, "report.submitted", () -> reports.submit(id, version, user));
    }

    @PostMapping("/reports/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return transition(id, redirect, "report.withdrawn", () -> reports.withdraw(id, version, user));
    }

    /** Runs a transition and comes back to the report with what happened, or why it was refused. */
    static String transition(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            FlashMessage.success(redirect, doneKey);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "report.error.changedMeanwhile");
        }
        return "redirect:/reporting/reports/" + id;
    }
}
