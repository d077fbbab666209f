package vn.reformtrack.assessment.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.assessment.AppraisalService;
import vn.reformtrack.assessment.ItemView;
import vn.reformtrack.assessment.ItemViews;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Home Affairs on a criterion: accept, set the appraised score with a reason, return with a comment; or estimate a
 * survey criterion. The services check the role after the criterion itself, so a unit user sending another unit's
 * criterion gets the same 404 as everywhere, and their own criterion a 403.
 */
@Controller
@RequestMapping("/assessment/rounds/{roundId}/criteria/{itemId}")
class AppraisalController {

    private final ItemPage page;
    private final ItemViews views;
    private final AppraisalService appraisals;

    AppraisalController(ItemPage page, ItemViews views, AppraisalService appraisals) {
        this.page = page;
        this.views = views;
        this.appraisals = appraisals;
    }

    @PostMapping("/appraisal")
    String appraise(@PathVariable long roundId, @PathVariable long itemId,
            @Valid @ModelAttribute("appraisalForm") AppraisalForm form, BindingResult result, CurrentUser user,
            Locale locale, Model model, RedirectAttributes redirect) {
        requireManager(roundId, itemId, user);
        if (!result.hasErrors()) {
            try {
                switch (form.getDecision()) {
                    case ACCEPT -> appraisals.accept(roundId, itemId, form.getVersion(), form.getReason(), user);
                    case ADJUST -> appraisals.adjust(roundId, itemId, form.getVersion(), form.getScore(),
                            form.getReason(), user);
                    case RETURN -> appraisals.returnToUnit(roundId, itemId, form.getVersion(), form.getComment(), user);
                }
                FlashMessage.success(redirect, "item.appraised." + form.getDecision().name().toLowerCase(Locale.ROOT));
                return "redirect:/assessment/rounds/" + roundId + "/criteria/" + itemId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                conflict(roundId, itemId, user, result, model);
                form.setVersion(((ItemView) model.getAttribute("conflict")).lockVersion());
            }
        }
        return page.show(roundId, itemId, user, locale, model);
    }

    @PostMapping("/estimate")
    String estimate(@PathVariable long roundId, @PathVariable long itemId,
            @Valid @ModelAttribute("estimateForm") EstimateForm form, BindingResult result, CurrentUser user,
            Locale locale, Model model, RedirectAttributes redirect) {
        requireManager(roundId, itemId, user);
        if (!result.hasErrors()) {
            try {
                appraisals.estimate(roundId, itemId, form.getVersion(), form.getEstimate(), form.getBasis(),
                        form.getEvidenceIds(), user);
                FlashMessage.success(redirect, "item.estimated");
                return "redirect:/assessment/rounds/" + roundId + "/criteria/" + itemId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                conflict(roundId, itemId, user, result, model);
                form.setVersion(((ItemView) model.getAttribute("conflict")).lockVersion());
            }
        }
        return page.show(roundId, itemId, user, locale, model);
    }

    /** 404 for a criterion the user may not see, then 403 for anyone but Home Affairs, before any form is read. */
    private void requireManager(long roundId, long itemId, CurrentUser user) {
        views.view(roundId, itemId, user);
        if (!user.canManageProvince()) {
            throw new AccessDeniedException(user.username() + " may not appraise or estimate");
        }
    }

    private void conflict(long roundId, long itemId, CurrentUser user, BindingResult result, Model model) {
        ItemView current = views.view(roundId, itemId, user);
        result.reject("item.error.changedMeanwhile", new Object[] {current.updatedBy()}, null);
        model.addAttribute("conflict", current);
    }
}
