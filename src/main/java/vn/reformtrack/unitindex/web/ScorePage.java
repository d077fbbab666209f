package vn.reformtrack.unitindex.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.unitindex.ScoreView;
import vn.reformtrack.unitindex.ScoreViews;
import vn.reformtrack.unitindex.UnitIndexHistory;
import vn.reformtrack.unitindex.UnitScoreAtHand;

/**
 * Fills a criterion's page: the view, its history, and the forms the reader may use now (a form sent back with its
 * errors stays as typed); for the unit, its library and its reports and tasks of the year to pick from.
 */
@Component
class ScorePage {

    static final String VIEW = "unitindex/score";
    static final int LIBRARY_SIZE = 20;

    private final ScoreViews views;
    private final UnitIndexHistory history;
    private final EvidenceStore evidence;
    private final UnitScoreAtHand atHand;

    ScorePage(ScoreViews views, UnitIndexHistory history, EvidenceStore evidence, UnitScoreAtHand atHand) {
        this.views = views;
        this.history = history;
        this.evidence = evidence;
        this.atHand = atHand;
    }

    String show(long roundId, long scoreId, CurrentUser user, Locale locale, Model model) {
        ScoreView view = views.view(roundId, scoreId, user);
        model.addAttribute("view", view);
        model.addAttribute("user", user);
        model.addAttribute("history", history.ofScore(scoreId));
        ScoreView.Permissions can = view.can();
        // A refusal that leaves no form to show it beside (the deadline passed, the window closed) is shown on top.
        if (!can.anything() && model.getAttribute("refused") != null) {
            model.addAttribute("refusal", model.getAttribute("refused"));
        }
        if (can.record()) {
            if (!model.containsAttribute("scoreForm")) {
                model.addAttribute("scoreForm", ScoreForm.from(view, locale));
            }
            ScoreForm form = (ScoreForm) model.getAttribute("scoreForm");
            model.addAttribute("linkedFiles", own(form.getEvidenceIds(), user));
            model.addAttribute("library", library(view, user, null, form.getEvidenceIds()));
            model.addAttribute("reportOptions", atHand.reports(view.score().getUnitId(), view.round().getYear()));
            model.addAttribute("taskOptions", atHand.tasks(view.score().getUnitId(), view.round().getYear()));
        }
        if (can.contest()) {
            if (!model.containsAttribute("contestForm")) {
                model.addAttribute("contestForm", new ContestForm());
            }
            ContestForm form = (ContestForm) model.getAttribute("contestForm");
            model.addAttribute("contestFiles", own(form.getEvidenceIds(), user));
            model.addAttribute("library", library(view, user, null, form.getEvidenceIds()));
        }
        if ((can.appraise() || can.answer()) && !model.containsAttribute("appraisalForm")) {
            AppraisalForm form = new AppraisalForm();
            form.setVersion(can.answer() ? view.contest().getVersion() : view.score().getVersion());
            model.addAttribute("appraisalForm", form);
        }
        return VIEW;
    }

    /** The unit's latest files (or those matching {@code query}) not linked yet. */
    List<EvidenceSummary> library(ScoreView view, CurrentUser user, String query, List<Long> linked) {
        Set<Long> taken = linked == null ? Set.of() : Set.copyOf(linked);
        return evidence.listForUnit(user, view.score().getUnitId(), query, PageRequest.of(0, LIBRARY_SIZE)).getContent()
                .stream().filter(file -> !taken.contains(file.id())).toList();
    }

    /** The files of a form as sent, only the user's unit's (a tampered id shows nothing of another unit). */
    private List<EvidenceSummary> own(List<Long> ids, CurrentUser user) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EvidenceSummary> found = evidence.findAll(ids);
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                .filter(file -> Objects.equals(file.ownerUnitId(), user.unitId()))
                .collect(Collectors.toList());
    }
}
