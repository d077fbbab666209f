package vn.reformtrack.unitindex.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.CouncilArea;
import vn.reformtrack.unitindex.CouncilProposals;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * The appraisal council of a round: Home Affairs names members (people of the departments that own the areas, as
 * proposed from the owners, or others with the chair's reason) and the areas each appraises, changes them, removes
 * them; the page shows each member's progress and the lines no member may appraise.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}/council")
@PreAuthorize(Managers.ONLY)
class CouncilController {

    /** A person who may be named, with their unit. */
    record PersonOption(long id, String label, Long unitId) {}

    private final UnitIndexRounds rounds;
    private final UnitIndexCouncil council;
    private final CouncilProposals proposalsOf;
    private final UnitRoundQueries queries;
    private final UserDirectory users;
    private final UnitDirectory units;

    CouncilController(UnitIndexRounds rounds, UnitIndexCouncil council, CouncilProposals proposalsOf,
            UnitRoundQueries queries, UserDirectory users, UnitDirectory units) {
        this.rounds = rounds;
        this.council = council;
        this.proposalsOf = proposalsOf;
        this.queries = queries;
        this.users = users;
        this.units = units;
    }

    @GetMapping
    String show(@PathVariable long roundId, Model model) {
        UnitIndexRound round = rounds.get(roundId);
        model.addAttribute("round", round);
        model.addAttribute("chair", round.getChairUserId() == null ? null
                : users.find(round.getChairUserId()).map(UserSummary::fullName).orElse(null));
        List<CouncilProposals.Proposal> proposals = proposalsOf.proposal(roundId);
        model.addAttribute("proposals", proposals);
        if (!model.containsAttribute("proposalForm")) {
            ProposalForm proposal = new ProposalForm();
            proposals.stream().filter(p -> p.suggestedUserId() != null)
                    .forEach(p -> proposal.getPeople().put(p.unitId(), p.suggestedUserId()));
            model.addAttribute("proposalForm", proposal);
        }
        model.addAttribute("uncovered", queries.uncovered(roundId));
        List<CouncilArea> areas = council.areas(roundId);
        model.addAttribute("areas", areas);
        Map<String, List<CouncilArea>> byGroup = new java.util.LinkedHashMap<>();
        areas.forEach(area -> byGroup.computeIfAbsent(area.groupName(), name -> new ArrayList<>()).add(area));
        model.addAttribute("areasByGroup", byGroup);
        model.addAttribute("members", queries.members(roundId));
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm());
        }
        List<UnitRow> tree = units.tree(false);
        Map<Long, String> unitNames = tree.stream().collect(Collectors.toMap(UnitRow::id, UnitRow::name));
        List<PersonOption> people = new ArrayList<>();
        List<Long> unitIds = tree.stream().map(UnitRow::id).toList();
        for (Role role : List.of(Role.COORDINATOR, Role.UNIT_HEAD, Role.UNIT_STAFF)) {
            for (UserSummary person : users.activeInUnits(unitIds, role)) {
                people.add(new PersonOption(person.id(), person.fullName() + " — " + unitNames.get(person.unitId()),
                        person.unitId()));
            }
        }
        people.sort(Comparator.comparing(PersonOption::label));
        model.addAttribute("people", people);
        model.addAttribute("unitNames", unitNames);
        return "unitindex/council";
    }

    @PostMapping
    String add(@PathVariable long roundId, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        if (form.getUserId() == null) {
            result.rejectValue("userId", "unitindex.council.error.user");
        }
        if (!result.hasErrors()) {
            try {
                council.add(roundId, form.getUserId(), form.getAreaIds(), form.getOutsideReason(), user);
                FlashMessage.success(redirect, "unitindex.council.added");
                return "redirect:/unit-index/rounds/" + roundId + "/council";
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return show(roundId, model);
    }

    /** Names the people proposed for the owning departments' uncovered areas (a department left blank is skipped). */
    @PostMapping("/proposed")
    String addProposed(@PathVariable long roundId, @ModelAttribute("proposalForm") ProposalForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            int named = proposalsOf.addProposed(roundId, form.getPeople(), user);
            FlashMessage.success(redirect, "unitindex.council.proposedAdded", named);
            return "redirect:/unit-index/rounds/" + roundId + "/council";
        } catch (RuleViolationException violation) {
            violation.addTo(result);
        }
        return show(roundId, model);
    }

    @PostMapping("/{memberId}")
    String change(@PathVariable long roundId, @PathVariable long memberId, MemberForm form, CurrentUser user,
            RedirectAttributes redirect) {
        try {
            council.changeAreas(roundId, memberId, form.getVersion(), form.getAreaIds(), form.getOutsideReason(), user);
            FlashMessage.success(redirect, "unitindex.council.changed");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "unitindex.round.error.changedMeanwhile");
        }
        return "redirect:/unit-index/rounds/" + roundId + "/council";
    }

    @PostMapping("/{memberId}/remove")
    String remove(@PathVariable long roundId, @PathVariable long memberId, CurrentUser user,
            RedirectAttributes redirect) {
        try {
            council.remove(roundId, memberId, user);
            FlashMessage.success(redirect, "unitindex.council.removed");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/unit-index/rounds/" + roundId + "/council";
    }
}
