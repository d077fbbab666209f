package vn.reformtrack.unitindex.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
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
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.LenientDateFormatter;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.SheetFilter;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexHistory;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * A round's page for Home Affairs and leaders: timetable and phase, late units at once, the units' sheets (paged,
 * filtered by group and state), the council's progress per member, the history; Home Affairs' actions (timetable, a
 * unit's extension, preliminary results, publication). A unit's staff and head are taken to their sheet, council
 * members to their queue.
 */
@Controller
@RequestMapping("/unit-index/rounds/{id}")
class IndexRoundPageController {

    static final int PAGE_SIZE = 50;
    private static final int HISTORY_LINES = 30;

    private final UnitIndexRounds rounds;
    private final UnitRoundQueries queries;
    private final UnitIndexCouncil council;
    private final UnitIndexHistory history;
    private final Clock clock;

    IndexRoundPageController(UnitIndexRounds rounds, UnitRoundQueries queries, UnitIndexCouncil council,
            UnitIndexHistory history, Clock clock) {
        this.rounds = rounds;
        this.queries = queries;
        this.council = council;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, SheetFilter filter, BindingResult ignoredBadFilter,
            @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        UnitIndexRound round = rounds.get(id);
        if (!user.isProvinceWide()) {
            if (council.membership(id, user.id()).isPresent()) {
                return "redirect:/unit-index/rounds/" + id + "/queue";
            }
            if (user.unitId() != null && queries.units(id).containsKey(user.unitId())) {
                return "redirect:/unit-index/rounds/" + id + "/units/" + user.unitId();
            }
            throw new NotFoundException("Unit index round", id);
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("round", round);
        model.addAttribute("user", user);
        model.addAttribute("row", queries.round(id));
        model.addAttribute("phase", round.phase(today));
        model.addAttribute("today", today);
        model.addAttribute("groups", queries.groups(id));
        model.addAttribute("filter", filter);
        model.addAttribute("sheets", queries.sheets(id, filter, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("late", queries.sheets(id, new SheetFilter(null, SheetFilter.SheetState.LATE),
                PageRequest.of(0, 10)));
        model.addAttribute("members", queries.members(id));
        model.addAttribute("history", history.ofRound(id, HISTORY_LINES));
        model.addAttribute("states", SheetFilter.SheetState.values());
        model.addAttribute("canManage", user.canManageProvince() && !round.isPublished());
        if (!model.containsAttribute("timetableForm")) {
            model.addAttribute("timetableForm", TimetableForm.from(round));
        }
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm decision = new DecisionForm();
            decision.setVersion(round.getVersion());
            decision.setDecisionDate(today);
            model.addAttribute("decisionForm", decision);
        }
        return "unitindex/round";
    }

    @PostMapping("/timetable")
    @PreAuthorize(Managers.ONLY)
    String timetable(@PathVariable long id, @ModelAttribute("timetableForm") TimetableForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rounds.reschedule(id, form.getVersion(), form.toTimetable(), user);
                FlashMessage.success(redirect, "unitindex.round.rescheduled");
                return "redirect:/unit-index/rounds/" + id;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("unitindex.round.error.changedMeanwhile");
            }
        }
        model.addAttribute("timetableOpen", true);
        return show(id, SheetFilter.none(), result, 0, user, model);
    }

    /** A later deadline for one late unit. */
    @PostMapping("/units/{unitId}/extension")
    @PreAuthorize(Managers.ONLY)
    String extend(@PathVariable long id, @PathVariable long unitId, @RequestParam(defaultValue = "") String until,
            CurrentUser user, RedirectAttributes redirect) {
        LocalDate date = LenientDateFormatter.parseOrNull(until);
        return act(id, redirect, "unitindex.sheet.extended", () -> rounds.extend(id, unitId, date, user));
    }

    @PostMapping("/preliminary")
    @PreAuthorize(Managers.ONLY)
    String preliminary(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "unitindex.preliminary.published", () -> rounds.publishPreliminary(id, version, user));
    }

    @PostMapping("/publish")
    @PreAuthorize(Managers.ONLY)
    String publish(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rounds.publish(id, form.getVersion(), form.toDecision(), user);
                FlashMessage.success(redirect, "unitindex.round.published");
                return "redirect:/unit-index/rounds/" + id + "/results";
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("unitindex.round.error.changedMeanwhile");
            }
        }
        return show(id, SheetFilter.none(), result, 0, user, model);
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            FlashMessage.success(redirect, successKey);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("flash", new FlashMessage(FlashMessage.Kind.DANGER, refused.getMessageKey(),
                    refused.getArguments()));
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "unitindex.round.error.changedMeanwhile");
        }
        return "redirect:/unit-index/rounds/" + id;
    }
}
