package vn.reformtrack.unitindex.web;

import jakarta.validation.Valid;
import java.util.Locale;
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
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.ScoreView;
import vn.reformtrack.unitindex.ScoreViews;
import vn.reformtrack.unitindex.UnitIndexAppraisal;
import vn.reformtrack.unitindex.UnitIndexContests;
import vn.reformtrack.unitindex.UnitScoring;

/**
 * One criterion of a unit's sheet: the unit records it; the council member of its area accepts or sets the score; the
 * unit's head explains a preliminary score in the window; the member answers. A save that meets someone else's newer
 * one comes back as typed, with what the other person saved shown beside it: nothing is lost.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}/scores/{scoreId}")
class ScorePageController {

    private final ScorePage page;
    private final ScoreViews views;
    private final UnitScoring scoring;
    private final UnitIndexAppraisal appraisal;
    private final UnitIndexContests contests;

    ScorePageController(ScorePage page, ScoreViews views, UnitScoring scoring, UnitIndexAppraisal appraisal,
            UnitIndexContests contests) {
        this.page = page;
        this.views = views;
        this.scoring = scoring;
        this.appraisal = appraisal;
        this.contests = contests;
    }

    @GetMapping
    String show(@PathVariable long roundId, @PathVariable long scoreId, CurrentUser user, Locale locale, Model model) {
        return page.show(roundId, scoreId, user, locale, model);
    }

    @PostMapping
    String record(@PathVariable long roundId, @PathVariable long scoreId,
            @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result, CurrentUser user, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                scoring.record(roundId, scoreId, form.getVersion(), form.toCommand(), user);
                FlashMessage.success(redirect, "unitindex.score.recorded");
                return "redirect:" + back(roundId, scoreId);
            } catch (RuleViolationException violation) {
                violation.addTo(result);
                model.addAttribute("refused", violation);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                conflict(roundId, scoreId, user, model, result);
                form.setVersion(((ScoreView) model.getAttribute("conflict")).score().getVersion());
            }
        }
        return page.show(roundId, scoreId, user, locale, model);
    }

    /** The council's word: {@code decision} ACCEPT keeps the unit's score, SET sets the one typed. */
    @PostMapping("/appraisal")
    String appraise(@PathVariable long roundId, @PathVariable long scoreId,
            @Valid @ModelAttribute("appraisalForm") AppraisalForm form, BindingResult result,
            @RequestParam(defaultValue = "SET") String decision, CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        appraisal.appraisable(roundId, scoreId, user);
        if (!result.hasErrors()) {
            try {
                if ("ACCEPT".equals(decision)) {
                    appraisal.accept(roundId, scoreId, form.getVersion(), form.getReason(), user);
                } else {
                    appraisal.set(roundId, scoreId, form.getVersion(), form.getScore(), form.getReason(), user);
                }
                FlashMessage.success(redirect, "unitindex.appraisal.saved");
                return "redirect:/unit-index/rounds/" + roundId + "/scores/" + scoreId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
                model.addAttribute("refused", violation);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                conflict(roundId, scoreId, user, model, result);
                form.setVersion(((ScoreView) model.getAttribute("conflict")).score().getVersion());
            }
        }
        return page.show(roundId, scoreId, user, locale, model);
    }

    @PostMapping("/contest")
    String contest(@PathVariable long roundId, @PathVariable long scoreId,
            @Valid @ModelAttribute("contestForm") ContestForm form, BindingResult result, CurrentUser user,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contests.raise(roundId, scoreId, form.getExplanation(), form.getEvidenceIds(), user);
                FlashMessage.success(redirect, "unitindex.contest.raised");
                return "redirect:/unit-index/rounds/" + roundId + "/scores/" + scoreId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
                model.addAttribute("refused", violation);
            }
        }
        return page.show(roundId, scoreId, user, locale, model);
    }

    /** The member's answer to the explanation: {@code decision} KEEP or CHANGE (to the score typed). */
    @PostMapping("/answer")
    String answer(@PathVariable long roundId, @PathVariable long scoreId,
            @Valid @ModelAttribute("appraisalForm") AppraisalForm form, BindingResult result,
            @RequestParam(defaultValue = "KEEP") String decision, CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ScoreView view = views.view(roundId, scoreId, user);
        if (view.contest() == null) {
            throw new NotFoundException("Contest of score", scoreId);
        }
        long contestId = view.contest().getId();
        contests.answerable(roundId, contestId, user);
        if (!result.hasErrors()) {
            try {
                if ("CHANGE".equals(decision)) {
                    contests.change(roundId, contestId, form.getVersion(), form.getScore(), form.getReason(), user);
                } else {
                    contests.keep(roundId, contestId, form.getVersion(), form.getReason(), user);
                }
                FlashMessage.success(redirect, "unitindex.contest.answered");
                return "redirect:/unit-index/rounds/" + roundId + "/scores/" + scoreId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
                model.addAttribute("refused", violation);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                conflict(roundId, scoreId, user, model, result);
                form.setVersion(((ScoreView) model.getAttribute("conflict")).contest().getVersion());
            }
        }
        return page.show(roundId, scoreId, user, locale, model);
    }

    /** The library picker's list for a search (htmx): the unit's files not linked yet. */
    @GetMapping("/library")
    String library(@PathVariable long roundId, @PathVariable long scoreId, @RequestParam(required = false) String q,
            CurrentUser user, Model model) {
        ScoreView view = views.view(roundId, scoreId, user);
        if (!view.can().record() && !view.can().contest()) {
            throw new NotFoundException("Library of score", scoreId);
        }
        model.addAttribute("library", page.library(view, user, q, null));
        return "unitindex/fragments :: libraryList";
    }

    private void conflict(long roundId, long scoreId, CurrentUser user, Model model, BindingResult result) {
        ScoreView current = views.view(roundId, scoreId, user);
        result.reject("unitindex.score.error.changedMeanwhile", new Object[] {current.score().getUpdatedBy()}, null);
        model.addAttribute("conflict", current);
    }

    private static String back(long roundId, long scoreId) {
        return "/unit-index/rounds/" + roundId + "/scores/" + scoreId;
    }
}
