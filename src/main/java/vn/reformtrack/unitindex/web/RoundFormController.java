package vn.reformtrack.unitindex.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.GroupSummary;
import vn.reformtrack.unitindex.UnitGroups;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitIndexSettings;

/** Home Affairs opens the year's round: the groups it scores, the timetable, the class thresholds, the chair. */
@Controller
@PreAuthorize(Managers.ONLY)
class RoundFormController {

    private static final String FORM = "unitindex/round-form";

    private final UnitIndexRounds rounds;
    private final UnitGroups groups;
    private final UnitIndexSettings settings;
    private final Clock clock;

    RoundFormController(UnitIndexRounds rounds, UnitGroups groups, UnitIndexSettings settings, Clock clock) {
        this.rounds = rounds;
        this.groups = groups;
        this.settings = settings;
        this.clock = clock;
    }

    @ModelAttribute("chairOptions")
    List<UserSummary> chairOptions() {
        return settings.coordinators();
    }

    @GetMapping("/unit-index/rounds/new")
    String createForm(Model model) {
        LocalDate today = LocalDate.now(clock);
        RoundForm form = new RoundForm();
        // A year is scored at its end and early the next year.
        form.setYear(today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1);
        form.setSelfAssessmentDeadline(today.plusWeeks(3));
        form.setAppraisalDeadline(today.plusWeeks(6));
        form.setExplanationFrom(today.plusWeeks(7));
        form.setExplanationTo(today.plusWeeks(8));
        form.setPublicationDate(today.plusWeeks(10));
        var thresholds = settings.thresholds();
        form.setClassExcellent(thresholds.excellent());
        form.setClassGood(thresholds.good());
        form.setClassFair(thresholds.fair());
        form.setClassAverage(thresholds.average());
        form.setGroupIds(groups.list(form.getYear()).stream().filter(GroupSummary::active).map(GroupSummary::id).toList());
        model.addAttribute("form", form);
        return show(model, form);
    }

    @PostMapping("/unit-index/rounds/new")
    String create(@Valid @ModelAttribute("form") RoundForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UnitIndexRound round = rounds.open(form.toCommand(), user);
                FlashMessage.success(redirect, "unitindex.round.opened", String.valueOf(round.getYear()));
                return "redirect:/unit-index/rounds/" + round.getId();
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return show(model, form);
    }

    private String show(Model model, RoundForm form) {
        model.addAttribute("groupOptions", groups.list(form.getYear() == null ? LocalDate.now(clock).getYear()
                : form.getYear()));
        return FORM;
    }
}
