package vn.reformtrack.assessment.web;

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
import vn.reformtrack.assessment.ItemView;
import vn.reformtrack.assessment.ItemViews;
import vn.reformtrack.assessment.RecordingService;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A criterion of a round: everyone who may see it reads it; its unit records it; a coordinating unit adds its own
 * evidence; the library picker (htmx) searches the user's unit's files. A save that meets a newer one comes back as
 * typed, with what the other person saved shown beside it.
 */
@Controller
@RequestMapping("/assessment/rounds/{roundId}/criteria/{itemId}")
class ItemPageController {

    private final ItemPage page;
    private final ItemViews views;
    private final RecordingService recording;

    ItemPageController(ItemPage page, ItemViews views, RecordingService recording) {
        this.page = page;
        this.views = views;
        this.recording = recording;
    }

    @GetMapping
    String show(@PathVariable long roundId, @PathVariable long itemId, CurrentUser user, Locale locale, Model model) {
        return page.show(roundId, itemId, user, locale, model);
    }

    @PostMapping
    String record(@PathVariable long roundId, @PathVariable long itemId,
            @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult result, CurrentUser user, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                recording.record(roundId, itemId, form.getVersion(), form.toCommand(), user);
                FlashMessage.success(redirect, "item.recorded");
                return "redirect:/assessment/rounds/" + roundId + "/criteria/" + itemId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                ItemView current = views.view(roundId, itemId, user);
                result.reject("item.error.changedMeanwhile", new Object[] {current.updatedBy()}, null);
                model.addAttribute("conflict", current);
                form.setVersion(current.lockVersion());
            }
        }
        return page.show(roundId, itemId, user, locale, model);
    }

    @PostMapping("/contribution")
    String contribute(@PathVariable long roundId, @PathVariable long itemId,
            @ModelAttribute("contributionForm") ContributionForm form, BindingResult result, CurrentUser user,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                recording.contribute(roundId, itemId, form.getVersion(), form.getEvidenceIds(), user);
                FlashMessage.success(redirect, "item.contributed");
                return "redirect:/assessment/rounds/" + roundId + "/criteria/" + itemId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("item.error.changedMeanwhile",
                        new Object[] {views.view(roundId, itemId, user).updatedBy()}, null);
                form.setVersion(views.view(roundId, itemId, user).lockVersion());
            }
        }
        return page.show(roundId, itemId, user, locale, model);
    }

    /** The library picker's list for a search (htmx): the user's unit's files not linked yet. */
    @GetMapping("/library")
    String library(@PathVariable long roundId, @PathVariable long itemId, @RequestParam(required = false) String q,
            CurrentUser user, Model model) {
        ItemView view = views.view(roundId, itemId, user);
        Long unitId = view.can().libraryUnitId();
        if (unitId == null) {
            throw new NotFoundException("Library of item", itemId);
        }
        model.addAttribute("library", page.library(view, unitId, q, user));
        return "assessment/fragments :: libraryList";
    }
}
