package vn.reformtrack.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.ReportPage;
import vn.reformtrack.shared.web.RenderedFragments;

/**
 * A report's page as its controllers answer it: the report, the narrative form (as typed when it failed), and its page
 * of entries, each a whole form (as typed for one that failed, with its messages). The entries are most of the page's
 * rendering and the same for everyone who sees them alike, so they are rendered once for what they show
 * ({@code reporting/report-parts :: entries}, {@link RenderedFragments}); a view showing what one person typed renders
 * them for itself alone.
 */
@Component
class ReportView {

    private static final List<EntryStatus> ENTRY_STATUSES = List.of(EntryStatus.values());

    private final RenderedFragments fragments;

    ReportView(RenderedFragments fragments) {
        this.fragments = fragments;
    }

    String render(ReportPage page, Model model, NarrativeForm narrative, Map<Long, EntryForm> typed,
            Map<Long, List<String>> entryErrors) {
        model.addAttribute("page", page);
        model.addAttribute("report", page.report());
        if (narrative == null) {
            model.addAttribute("narrative", NarrativeForm.from(page.report()));
        }
        model.addAttribute("entryPages", page.entryPages());
        ReturnForm returnForm = (ReturnForm) model.getAttribute("returnForm");
        if (returnForm == null) {
            returnForm = new ReturnForm();
            returnForm.setVersion(page.report().getVersion());
            model.addAttribute("returnForm", returnForm);
        }
        Map<Long, EntryForm> forms = new HashMap<>();
        page.entries().forEach(view -> forms.put(view.entry().id(),
                typed.getOrDefault(view.entry().id(), EntryForm.from(view.entry()))));
        Map<?, ?> conflicts = (Map<?, ?>) model.getAttribute("entryConflicts");
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportId", page.report().getId());
        variables.put("unitId", page.report().getUnitId());
        variables.put("entries", page.entries());
        variables.put("entryPages", page.entryPages());
        variables.put("edit", page.actions().edit());
        variables.put("decide", page.actions().decide());
        variables.put("forms", forms);
        variables.put("errors", entryErrors);
        variables.put("conflicts", conflicts == null ? Map.of() : conflicts);
        variables.put("comments", new HashMap<>(returnForm.getEntryComments()));
        variables.put("entryStatuses", ENTRY_STATUSES);
        boolean asStored = typed.isEmpty() && entryErrors.isEmpty() && (conflicts == null || conflicts.isEmpty())
                && returnForm.getEntryComments().isEmpty();
        model.addAttribute("entriesHtml", asStored
                ? fragments.html("reporting/report-parts", "entries", variables)
                : fragments.htmlOnce("reporting/report-parts", "entries", variables));
        return ReportController.PAGE;
    }
}
