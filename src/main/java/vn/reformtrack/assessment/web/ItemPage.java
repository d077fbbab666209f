package vn.reformtrack.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.reformtrack.assessment.AssessmentHistory;
import vn.reformtrack.assessment.ItemView;
import vn.reformtrack.assessment.ItemViews;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;

/**
 * Fills a criterion's page: the view, its history, the user's library to pick files from, and the forms the user may
 * use now. A form already in the model (sent back with its errors, as typed) is kept as it is.
 */
@Component
class ItemPage {

    static final String VIEW = "assessment/criterion";
    static final int LIBRARY_SIZE = 20;

    private final ItemViews views;
    private final AssessmentHistory history;
    private final EvidenceStore evidence;
    private final RoundLines lines;

    ItemPage(ItemViews views, AssessmentHistory history, EvidenceStore evidence, RoundLines lines) {
        this.views = views;
        this.history = history;
        this.evidence = evidence;
        this.lines = lines;
    }

    String show(long roundId, long itemId, CurrentUser user, Locale locale, Model model) {
        ItemView view = views.view(roundId, itemId, user);
        model.addAttribute("view", view);
        model.addAttribute("user", user);
        model.addAttribute("history", lines.history(history.ofItem(itemId), Map.of(), locale));
        ItemView.Permissions can = view.can();
        if (can.record() && !model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", RecordForm.from(view, locale));
        }
        if (can.contribute() && !model.containsAttribute("contributionForm")) {
            ContributionForm form = new ContributionForm();
            form.setEvidenceIds(view.filesOf(user.unitId()).stream().map(EvidenceSummary::id).toList());
            form.setVersion(view.lockVersion());
            model.addAttribute("contributionForm", form);
        }
        if (can.appraise() && !model.containsAttribute("appraisalForm")) {
            AppraisalForm form = new AppraisalForm();
            form.setVersion(view.lockVersion());
            model.addAttribute("appraisalForm", form);
        }
        if (can.estimate() && !model.containsAttribute("estimateForm")) {
            model.addAttribute("estimateForm", EstimateForm.from(view, locale));
        }
        List<Long> linkedIds = linkedIds(model);
        if (linkedIds != null) {
            Map<Long, EvidenceSummary> found = evidence.findAll(linkedIds);
            // A unit's form shows only its own files, whatever ids came back in a refused post.
            model.addAttribute("linkedFiles", linkedIds.stream().distinct().map(found::get).filter(Objects::nonNull)
                    .filter(file -> user.canManageProvince() || Objects.equals(file.ownerUnitId(), user.unitId()))
                    .toList());
        }
        if (can.libraryUnitId() != null) {
            model.addAttribute("library", library(view, can.libraryUnitId(), null, user));
            model.addAttribute("libraryUnitId", can.libraryUnitId());
        }
        return VIEW;
    }

    /** The files the form on the page links: as it was sent back, or as stored. */
    private static List<Long> linkedIds(Model model) {
        if (model.getAttribute("recordForm") instanceof RecordForm form) {
            return form.getEvidenceIds();
        }
        if (model.getAttribute("contributionForm") instanceof ContributionForm form) {
            return form.getEvidenceIds();
        }
        if (model.getAttribute("estimateForm") instanceof EstimateForm form) {
            return form.getEvidenceIds();
        }
        return null;
    }

    /** The unit's latest files (or those matching {@code query}) not linked to the criterion yet. */
    List<EvidenceSummary> library(ItemView view, long unitId, String query, CurrentUser user) {
        Set<Long> linked = view.files().stream().map(file -> file.file().id()).collect(Collectors.toSet());
        return evidence.listForUnit(user, unitId, query, PageRequest.of(0, LIBRARY_SIZE)).getContent().stream()
                .filter(file -> !linked.contains(file.id()))
                .toList();
    }
}
