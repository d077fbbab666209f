package vn.reformtrack.unitindex.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.SheetQueries;
import vn.reformtrack.unitindex.SheetView;
import vn.reformtrack.unitindex.UnitIndexHistory;
import vn.reformtrack.unitindex.UnitScoring;

/**
 * A unit's sheet: its areas and criteria with the unit's scores and evidence, what still keeps the head from
 * submitting, the council's scores once the preliminary results are out (with the explanations raised), and the
 * head's submission. Its own staff and head, the council and province-wide readers see it; nobody else.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}/units/{unitId}")
class SheetController {

    private final SheetQueries sheets;
    private final UnitScoring scoring;
    private final UnitIndexHistory history;
    private final Clock clock;

    SheetController(SheetQueries sheets, UnitScoring scoring, UnitIndexHistory history, Clock clock) {
        this.sheets = sheets;
        this.scoring = scoring;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long roundId, @PathVariable long unitId, CurrentUser user, Model model) {
        SheetView sheet = sheets.sheet(roundId, unitId, user);
        LocalDate today = LocalDate.now(clock);
        boolean ownUnit = user.isUnitUser() && user.unitId() != null && user.unitId() == unitId;
        model.addAttribute("view", sheet);
        model.addAttribute("user", user);
        model.addAttribute("today", today);
        model.addAttribute("phase", sheet.round().phase(today));
        model.addAttribute("ownUnit", ownUnit);
        model.addAttribute("seeAppraisal", !ownUnit || sheet.round().showsAppraisalToUnits());
        model.addAttribute("recordable", ownUnit && sheet.round().isOpen() && !sheet.sheet().isSubmitted()
                && !today.isAfter(sheet.sheet().deadline(sheet.round())));
        if (ownUnit && user.is(Role.UNIT_HEAD)) {
            model.addAttribute("stamp", scoring.stamp(roundId, unitId));
        }
        model.addAttribute("history", history.ofUnit(roundId, unitId, 20));
        return "unitindex/sheet";
    }

    /** The head sends the sheet: refused as a whole, naming the criteria, while something is missing. */
    @PostMapping("/submit")
    String submit(@PathVariable long roundId, @PathVariable long unitId, @RequestParam(defaultValue = "") String stamp,
            CurrentUser user, RedirectAttributes redirect) {
        try {
            scoring.submit(roundId, unitId, stamp, user);
            FlashMessage.success(redirect, "unitindex.sheet.submitted");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("flash", new FlashMessage(FlashMessage.Kind.DANGER, refused.getMessageKey(),
                    refused.getArguments()));
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "unitindex.sheet.error.changedMeanwhile");
        }
        return "redirect:/unit-index/rounds/" + roundId + "/units/" + unitId;
    }
}
