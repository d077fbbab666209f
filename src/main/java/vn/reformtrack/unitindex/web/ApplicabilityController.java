package vn.reformtrack.unitindex.web;

import jakarta.validation.Valid;
import java.util.List;
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
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.CriteriaSets;
import vn.reformtrack.unitindex.RoundGroup;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * Criteria not applicable to units (e.g. "no administrative procedures"): Home Affairs declares a criterion, an area
 * or a single line not applicable to chosen units of a group, with the reason; their index is then counted over what
 * they could reach. Declared ones are listed and may be made applicable again while the round is open.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}/applicability")
@PreAuthorize(Managers.ONLY)
class ApplicabilityController {

    private final UnitIndexRounds rounds;
    private final UnitRoundQueries queries;
    private final CriteriaSets sets;

    ApplicabilityController(UnitIndexRounds rounds, UnitRoundQueries queries, CriteriaSets sets) {
        this.rounds = rounds;
        this.queries = queries;
        this.sets = sets;
    }

    @GetMapping
    String show(@PathVariable long roundId, @RequestParam(required = false) Long group, Model model) {
        ApplicabilityForm form = new ApplicabilityForm();
        form.setGroupId(group);
        model.addAttribute("applicabilityForm", form);
        return page(roundId, form, model);
    }

    @PostMapping
    String exclude(@PathVariable long roundId, @Valid @ModelAttribute("applicabilityForm") ApplicabilityForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        if (form.getCriterionId() == null) {
            result.rejectValue("criterionId", "unitindex.applicability.error.criterion");
        }
        if (!result.hasErrors()) {
            try {
                int changed = rounds.exclude(roundId, form.getUnitIds(), form.getCriterionId(), form.getReason(), user);
                FlashMessage.success(redirect, "unitindex.applicability.excluded", changed);
                return "redirect:/unit-index/rounds/" + roundId + "/applicability?group=" + form.getGroupId();
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return page(roundId, form, model);
    }

    @PostMapping("/restore")
    String restore(@PathVariable long roundId, @RequestParam long unitId, @RequestParam long criterionId,
            @RequestParam(required = false) Long group, CurrentUser user, RedirectAttributes redirect) {
        try {
            int changed = rounds.include(roundId, List.of(unitId), criterionId, user);
            FlashMessage.success(redirect, "unitindex.applicability.restored", changed);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/unit-index/rounds/" + roundId + "/applicability" + (group == null ? "" : "?group=" + group);
    }

    private String page(long roundId, ApplicabilityForm form, Model model) {
        List<RoundGroup> groups = queries.groups(roundId);
        RoundGroup chosen = groups.stream().filter(g -> form.getGroupId() != null && g.groupId() == form.getGroupId())
                .findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
        if (chosen != null) {
            form.setGroupId(chosen.groupId());
            model.addAttribute("nodes", sets.ofVersion(chosen.versionId()).nodes());
            model.addAttribute("groupUnits", queries.unitsOfGroup(roundId, chosen.groupId()));
        }
        model.addAttribute("round", rounds.get(roundId));
        model.addAttribute("groups", groups);
        model.addAttribute("chosen", chosen);
        model.addAttribute("excluded", queries.notApplicable(roundId));
        return "unitindex/applicability";
    }
}
