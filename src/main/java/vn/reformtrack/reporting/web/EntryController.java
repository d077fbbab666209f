package vn.reformtrack.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.reporting.EntryState;
import vn.reformtrack.reporting.ReportEntry;
import vn.reformtrack.reporting.ReportPages;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Saving one entry of a report. From the page's autosave or save button (htmx) it answers with a fragment: saved
 * (the entry's new version travels out of band), refused (422, the reasons), or saved meanwhile by someone else (409,
 * their text beside what this user typed, which stays in the form). A plain form post redirects to the page of
 * entries that holds the entry, or shows that page again with what was typed. Also serves the picker of files the
 * unit already uploaded.
 */
@Controller
@RequestMapping("/reporting/reports/{id}")
class EntryController {

    static final int PICKER_SIZE = 20;

    private final ReportService reports;
    private final ReportPages pages;
    private final EvidenceStore evidence;
    private final MessageSource messages;
    private final ReportView view;

    EntryController(ReportService reports, ReportPages pages, EvidenceStore evidence, MessageSource messages,
            ReportView view) {
        this.reports = reports;
        this.pages = pages;
        this.evidence = evidence;
        this.messages = messages;
        this.view = view;
    }

    @PostMapping("/entries/{entryId}")
    String save(@PathVariable long id, @PathVariable long entryId, @Valid @ModelAttribute("entry") EntryForm form,
            BindingResult result, @RequestParam(required = false) Long overwriteVersion, CurrentUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        boolean partial = "true".equals(htmx);
        long version = overwriteVersion != null ? overwriteVersion : form.getVersion();
        EntryState conflict = null;
        if (!result.hasErrors()) {
            try {
                ReportEntry saved = reports.saveEntry(id, entryId, version, form.toCommand(), user);
                if (!partial) {
                    FlashMessage.success(redirect, "entry.saved");
                    return "redirect:" + ReportController.entryLink(id, pages.pageOfEntry(id, entryId, user), entryId);
                }
                model.addAttribute("entryId", entryId);
                model.addAttribute("version", saved.getVersion());
                model.addAttribute("savedAt", saved.getUpdatedAt());
                model.addAttribute("complete", saved.isComplete());
                return "reporting/entry-saved";
            } catch (RuleViolationException refused) {
                refused.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException changed) {
                conflict = reports.entryState(id, entryId, user);
                result.reject("entry.error.changedMeanwhile", new Object[] {conflict.updatedBy()}, null);
            }
        }
        List<String> reasons = result.getAllErrors().stream()
                .map(error -> messages.getMessage(error, locale)).distinct().toList();
        if (partial) {
            response.setStatus(conflict != null ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("entryId", entryId);
            model.addAttribute("reportId", id);
            model.addAttribute("reasons", reasons);
            model.addAttribute("conflict", conflict);
            model.addAttribute("entryPage", conflict == null ? 0 : pages.pageOfEntry(id, entryId, user));
            return "reporting/entry-refused";
        }
        model.addAttribute("entryConflicts", conflict == null ? Map.of() : Map.of(entryId, conflict));
        return view.render(pages.pageHolding(id, entryId, user), model, null, Map.of(entryId, form),
                Map.of(entryId, reasons));
    }

    /** The unit's own files to link to an entry (newest first, searched by name, number, issuer). */
    @GetMapping("/evidence-options")
    String evidenceOptions(@PathVariable long id, @RequestParam(required = false) String q, CurrentUser user,
            Model model) {
        long unitId = reports.unitOf(id, user);
        if (!user.isUnitUser()) {
            throw new AccessDeniedException("Only the unit's own people link its files");
        }
        model.addAttribute("files", evidence.listForUnit(user, unitId, q, PageRequest.of(0, PICKER_SIZE)));
        model.addAttribute("reportId", id);
        model.addAttribute("q", q);
        return "reporting/evidence-options";
    }
}
