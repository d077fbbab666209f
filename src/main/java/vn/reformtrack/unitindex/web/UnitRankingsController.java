package vn.reformtrack.unitindex.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.unitindex.ClassCount;
import vn.reformtrack.unitindex.IndexClass;
import vn.reformtrack.unitindex.PublishedRow;
import vn.reformtrack.unitindex.RoundGroup;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitResultQueries;
import vn.reformtrack.unitindex.UnitRoundQueries;
import vn.reformtrack.unitindex.UnitResultsPage;

/**
 * Where people see the published index. Leaders (and everyone, the decision being public): the rankings of a year per
 * group, the distribution of classes, the units that rose and fell most. A unit's page — its history, and for the
 * latest year its index, rank, class and lost points by area against its group's median and best, each lost criterion
 * with the way to a task in next year's plan — for the unit itself and province-wide readers. The rankings' tables
 * (every unit of every group) are rendered once for what they show ({@link RenderedFragments}).
 */
@Controller
class UnitRankingsController {

    /** A group's units per class, in class order. */
    record ClassRow(String code, String name, List<Integer> counts) {}

    private final UnitResultQueries results;
    private final UnitRoundQueries roundQueries;
    private final UnitIndexRounds rounds;
    private final UnitResultsPage unitPage;
    private final UnitDirectory units;
    private final RenderedFragments fragments;

    UnitRankingsController(UnitResultQueries results, UnitRoundQueries roundQueries, UnitIndexRounds rounds,
            UnitResultsPage unitPage, UnitDirectory units, RenderedFragments fragments) {
        this.fragments = fragments;
        this.results = results;
        this.roundQueries = roundQueries;
        this.rounds = rounds;
        this.unitPage = unitPage;
        this.units = units;
    }

    @GetMapping("/unit-index/rankings")
    String rankings(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        List<long[]> published = results.publishedRounds();
        model.addAttribute("years", published.stream().map(round -> (int) round[1]).toList());
        long[] chosen = published.stream().filter(round -> year == null || round[1] == year).findFirst().orElse(null);
        if (chosen != null) {
            long roundId = chosen[0];
            UnitIndexRound round = rounds.get(roundId);
            model.addAttribute("round", round);
            List<RoundGroup> groups = roundQueries.groups(roundId);
            Map<String, Object> tables = new HashMap<>();
            tables.put("groups", groups);
            tables.put("rowsByGroup", results.published(roundId).stream()
                    .collect(Collectors.groupingBy(PublishedRow::groupId, LinkedHashMap::new, Collectors.toList())));
            tables.put("seesAll", user.isProvinceWide());
            tables.put("ownUnit", user.isProvinceWide() ? null : user.unitId());
            model.addAttribute("tablesHtml", fragments.html("unitindex/rankings-parts", "tables", tables));
            List<ClassCount> classes = results.classes(roundId);
            model.addAttribute("indexClasses", IndexClass.values());
            model.addAttribute("classTable", groups.stream()
                    .map(group -> new ClassRow(group.code(), group.nameVi(), java.util.Arrays.stream(IndexClass.values())
                            .map(indexClass -> classes.stream().filter(count -> count.groupId() == group.groupId()
                                    && count.indexClass() == indexClass).mapToInt(ClassCount::units).sum())
                            .toList()))
                    .toList());
            model.addAttribute("risers", results.movers(roundId, true, 5));
            model.addAttribute("fallers", results.movers(roundId, false, 5));
        }
        return "unitindex/rankings";
    }

    @GetMapping("/unit-index/units/{unitId}")
    String unit(@PathVariable long unitId, @RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        if (!user.canSeeUnit(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        model.addAttribute("unit", units.find(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId)));
        model.addAttribute("user", user);
        unitPage.fill(unitId, year, user, model::addAttribute);
        return "unitindex/unit";
    }
}
