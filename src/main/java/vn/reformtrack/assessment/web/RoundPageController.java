package vn.reformtrack.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.assessment.ItemFilter;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.ItemStatus;
import vn.reformtrack.assessment.RecordingService;
import vn.reformtrack.assessment.RoundPages;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.assessment.RoundStatus;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.assessment.UnitProgress;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.LenientDateFormatter;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A round's page: its criteria (a unit user: their unit's), progress per unit, the criteria still without a unit, the
 * projected score for province-wide readers, and the history; the coordinator's start, close, discard and deadline
 * actions, and the unit head's submission of the unit's part. The item table's rows and the history are rendered again
 * only when their lines differ from the last rendering's ({@link RenderedFragments}).
 */
@Controller
@RequestMapping("/assessment/rounds/{id}")
class RoundPageController {

    static final int HISTORY_LINES = 50;

    private static final List<ItemStatus> STATUSES = List.of(ItemStatus.values());

    private final RoundPages pages;
    private final RoundService rounds;
    private final RecordingService recording;
    private final RoundLines lines;
    private final Clock clock;
    private final RenderedFragments fragments;

    RoundPageController(RoundPages pages, RoundService rounds, RecordingService recording,
            RoundLines lines, Clock clock, RenderedFragments fragments) {
        this.pages = pages;
        this.rounds = rounds;
        this.recording = recording;
        this.lines = lines;
        this.clock = clock;
        this.fragments = fragments;
    }

    @GetMapping
    String show(@PathVariable long id, ItemFilter filter, BindingResult ignoredBadFilter, CurrentUser user,
            Locale locale, Model model) {
        RoundPages.RoundPage page = pages.page(id, user, HISTORY_LINES);
        RoundSummary round = page.round();
        List<ItemRow> all = page.items();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("round", round);
        model.addAttribute("user", user);
        model.addAttribute("filter", filter);
        List<ItemRow> accepted = all.stream().filter(filter::accepts).toList();
        List<RoundLines.ItemLine> items = accepted.size() == all.size()
                ? lines.roundItems(round.id(), all, user, locale)
                : lines.items(accepted, user, locale);
        model.addAttribute("items", items);
        model.addAttribute("itemsHtml", fragments.html("assessment/round-parts", "items",
                Map.of("items", items, "roundId", round.id())));
        model.addAttribute("itemCount", all.size());
        List<String> areas = all.stream().map(ItemRow::areaCode).filter(Objects::nonNull).distinct().toList();
        model.addAttribute("canManage", user.canManageProvince() && round.status() != RoundStatus.CLOSED);
        model.addAttribute("acceptsUnitWork", round.status() == RoundStatus.OPEN && !today.isAfter(round.deadline()));
        model.addAttribute("pastDeadline", today.isAfter(round.deadline()));
        // The filter's fields: the units' options are the progress rows (province-wide readers only, else null).
        List<UnitProgress> progress = user.isProvinceWide() ? page.progress() : null;
        Map<String, Object> filterFields = new HashMap<>();
        filterFields.put("filter", filter);
        filterFields.put("statuses", STATUSES);
        filterFields.put("areas", areas);
        filterFields.put("units", progress);
        if (user.isProvinceWide()) {
            model.addAttribute("unassigned", all.stream().filter(ItemRow::unassigned).toList());
            model.addAttribute("overviewHtml", fragments.html("assessment/round-parts", "overview",
                    Map.of("projection", page.projection(), "progress", progress)));
            List<RoundLines.HistoryLine> history = lines.roundHistory(round.id(), page.history(), all, locale);
            model.addAttribute("history", history);
            model.addAttribute("historyHtml", fragments.html("assessment/round-parts", "history",
                    Map.of("history", history, "roundId", round.id())));
            model.addAttribute("historyTotal", page.historyTotal());
        } else {
            model.addAttribute("progress", page.progress());
            if (page.part() != null) {
                model.addAttribute("partStamp", page.part().stamp());
                model.addAttribute("partCount", page.part().toSubmit().size());
            }
        }
        model.addAttribute("filterHtml", fragments.html("assessment/round-parts", "filterFields", filterFields));
        return "assessment/round";
    }

    @PostMapping("/start")
    @PreAuthorize(Managers.ONLY)
    String start(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "round.started", () -> rounds.start(id, version, user));
    }

    @PostMapping("/close")
    @PreAuthorize(Managers.ONLY)
    String close(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "round.closed", () -> rounds.close(id, version, user));
    }

    @PostMapping("/discard")
    @PreAuthorize(Managers.ONLY)
    String discard(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        try {
            rounds.discard(id, version, user);
            FlashMessage.success(redirect, "round.discarded");
            return "redirect:/assessment";
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "round.error.changedMeanwhile");
        }
        return "redirect:/assessment/rounds/" + id;
    }

    @PostMapping("/deadline")
    @PreAuthorize(Managers.ONLY)
    String deadline(@PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "") String deadline, CurrentUser user, RedirectAttributes redirect) {
        LocalDate date = LenientDateFormatter.parseOrNull(deadline);
        if (date == null && !deadline.isBlank()) {
            FlashMessage.warning(redirect, "round.error.deadlineInvalid", deadline);
            return "redirect:/assessment/rounds/" + id;
        }
        return act(id, redirect, "round.deadlineChanged", () -> rounds.changeDeadline(id, version, date, user));
    }

    /** The unit head sends every criterion of the unit still in draft or returned. */
    @PostMapping("/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "") String stamp, CurrentUser user,
            RedirectAttributes redirect) {
        try {
            int sent = recording.submitUnitPart(id, stamp, user);
            FlashMessage.success(redirect, "round.submitted", sent);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("flash", new FlashMessage(FlashMessage.Kind.DANGER, refused.getMessageKey(),
                    refused.getArguments()));
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "submit.error.changedMeanwhile");
        }
        return "redirect:/assessment/rounds/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            FlashMessage.success(redirect, successKey);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "round.error.changedMeanwhile");
        }
        return "redirect:/assessment/rounds/" + id;
    }
}
