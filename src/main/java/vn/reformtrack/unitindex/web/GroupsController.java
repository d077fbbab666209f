package vn.reformtrack.unitindex.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.CriteriaSets;
import vn.reformtrack.unitindex.UnitGroup;
import vn.reformtrack.unitindex.UnitGroups;

/**
 * Groups of units and their criteria sets: Home Affairs makes groups, puts units in them year by year (or copies last
 * year's), and gives each group its set for a year — empty, or a copy of last year's — to edit or import.
 */
@Controller
@RequestMapping("/unit-index/groups")
@PreAuthorize(Managers.ONLY)
class GroupsController {

    private final UnitGroups groups;
    private final CriteriaSets sets;
    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final Clock clock;

    GroupsController(UnitGroups groups, CriteriaSets sets, IndexCatalog catalog, UnitDirectory units, Clock clock) {
        this.groups = groups;
        this.sets = sets;
        this.catalog = catalog;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? defaultYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("groups", groups.list(shown));
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute("groupForm", new GroupForm());
        }
        model.addAttribute("frameworks", catalog.frameworks().stream()
                .filter(framework -> framework.subject() == IndexSubject.UNIT && framework.active()).toList());
        return "unitindex/groups";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UnitGroup group = groups.create(form.toCommand(), user);
                FlashMessage.success(redirect, "unitindex.group.created", group.getNameVi());
                return "redirect:/unit-index/groups/" + group.getId();
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return list(null, model);
    }

    @PostMapping("/copy-year")
    String copyYear(@RequestParam int year, CurrentUser user, RedirectAttributes redirect) {
        int copied = groups.copyYear(year - 1, year, user);
        FlashMessage.success(redirect, "unitindex.group.yearCopied", copied, String.valueOf(year - 1));
        return "redirect:/unit-index/groups?year=" + year;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? defaultYear() : year;
        UnitGroup group = groups.get(id);
        model.addAttribute("group", group);
        model.addAttribute("year", shown);
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute("groupForm", GroupForm.from(group));
        }
        List<UnitSummary> members = groups.members(id, shown);
        model.addAttribute("members", members);
        Set<Long> grouped = groups.groupsOf(shown).keySet();
        model.addAttribute("candidates", units.tree(false).stream().filter(unit -> !grouped.contains(unit.id())).toList());
        var set = sets.forYear(id, shown);
        model.addAttribute("set", set.orElse(null));
        model.addAttribute("setInUse", set.map(found -> sets.inUse(found.version().id())).orElse(false));
        model.addAttribute("lastYearSet", sets.forYear(id, shown - 1).map(found -> found.version()).orElse(null));
        model.addAttribute("versions", catalog.framework(group.getFrameworkId())
                .map(framework -> catalog.versions(framework.code())).orElse(List.<VersionSummary>of()));
        if (!model.containsAttribute("setForm")) {
            SetForm form = new SetForm();
            form.setYear(shown);
            model.addAttribute("setForm", form);
        }
        return "unitindex/group";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                groups.update(id, form.getVersion(), form.toCommand(), user);
                FlashMessage.success(redirect, "unitindex.group.saved");
                return "redirect:/unit-index/groups/" + id;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException conflict) {
                result.reject("unitindex.round.error.changedMeanwhile");
            }
        }
        return show(id, null, model);
    }

    @PostMapping("/{id}/units")
    String assign(@PathVariable long id, @RequestParam int year, @RequestParam(required = false) List<Long> unitIds,
            CurrentUser user, RedirectAttributes redirect) {
        try {
            groups.assign(id, year, unitIds == null ? List.of() : unitIds, user);
            FlashMessage.success(redirect, "unitindex.group.unitsAdded", unitIds == null ? 0 : unitIds.size());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/unit-index/groups/" + id + "?year=" + year;
    }

    @PostMapping("/{id}/units/{unitId}/remove")
    String release(@PathVariable long id, @PathVariable long unitId, @RequestParam int year, CurrentUser user,
            RedirectAttributes redirect) {
        groups.release(year, unitId, user);
        FlashMessage.success(redirect, "unitindex.group.unitRemoved");
        return "redirect:/unit-index/groups/" + id + "?year=" + year;
    }

    /** A set for the year: empty, or ({@code copy}) last year's copied. */
    @PostMapping("/{id}/sets")
    String createSet(@PathVariable long id, @Valid @ModelAttribute("setForm") SetForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                VersionSummary version = form.isCopy() ? sets.copyLastYear(id, form.toCommand(), user)
                        : sets.create(id, form.toCommand(), user);
                FlashMessage.success(redirect, "unitindex.set.created", version.label());
                return "redirect:/unit-index/sets/" + version.id();
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        model.addAttribute("setFormOpen", true);
        return show(id, form.getYear(), model);
    }

    private int defaultYear() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
    }
}
