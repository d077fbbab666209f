package vn.reformtrack.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.assessment.EntryMode;
import vn.reformtrack.assessment.ItemFilter;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Who answers for each criterion of a round (the catalog's default units, changed here for this round), who helps, and
 * whether the unit records it or Home Affairs estimates it. One form for the whole round; a refusal changes nothing.
 */
@Controller
@RequestMapping("/assessment/rounds/{id}/assignments")
@PreAuthorize(Managers.ONLY)
class AssignmentController {

    private static final String PAGE = "assessment/assignments";

    private final RoundService rounds;
    private final RoundQueries queries;
    private final UnitDirectory units;

    AssignmentController(RoundService rounds, RoundQueries queries, UnitDirectory units) {
        this.rounds = rounds;
        this.queries = queries;
        this.units = units;
    }

    @ModelAttribute("round")
    RoundSummary round(@PathVariable long id, CurrentUser user) {
        return rounds.summary(id, user);
    }

    @ModelAttribute("unitOptions")
    List<UnitRow> unitOptions() {
        return units.tree(false);
    }

    @ModelAttribute("entries")
    EntryMode[] entries() {
        return EntryMode.values();
    }

    @GetMapping
    String form(@ModelAttribute("round") RoundSummary round, CurrentUser user, Model model) {
        List<ItemRow> rows = rows(round, user);
        model.addAttribute("form", AssignmentForm.from(rows));
        model.addAttribute("rows", byId(rows));
        return PAGE;
    }

    @PostMapping
    String save(@ModelAttribute("round") RoundSummary round, @ModelAttribute("form") AssignmentForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        Map<Long, ItemRow> rows = byId(rows(round, user));
        model.addAttribute("rows", rows);
        if (result.hasErrors()) {
            return PAGE;
        }
        try {
            rounds.assign(round.id(), form.toCommands(), user);
            FlashMessage.success(redirect, "assignment.saved");
            return "redirect:/assessment/rounds/" + round.id();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            // The choices stay as typed; saving again applies them over the other person's (now shown as current).
            result.reject("assignment.error.changedMeanwhile");
            form.getLines().stream().filter(line -> rows.containsKey(line.getItemId()))
                    .forEach(line -> line.setVersion(rows.get(line.getItemId()).lockVersion()));
        }
        return PAGE;
    }

    private List<ItemRow> rows(RoundSummary round, CurrentUser user) {
        return queries.items(round.id(), round.versionId(), ItemFilter.none(), user);
    }

    private static Map<Long, ItemRow> byId(List<ItemRow> rows) {
        return rows.stream().collect(Collectors.toMap(ItemRow::id, Function.identity()));
    }
}
