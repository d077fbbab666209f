package vn.reformtrack.unitindex;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.PlanSummary;
import vn.reformtrack.planning.PlanningQueries;

/**
 * What a unit's results page shows: its published history; for the year asked (the latest by default) its result,
 * its lost points by area against the group's median and best, the criteria where it lost points, each with the way
 * to a task in next year's plan — the same criterion in next year's set when there is one, and next year's plan when
 * exactly one is open — for those who assign tasks.
 */
@Service
@Transactional(readOnly = true)
public class UnitResultsPage {

    /** The task form's address for a lost criterion, or null when the reader does not assign tasks. */
    public record LostLine(LostCriterion criterion, String taskLink) {}

    private final UnitResultQueries results;
    private final UnitSheetRepository sheets;
    private final UnitGroupRepository groups;
    private final IndexCatalog catalog;
    private final PlanningQueries planning;

    UnitResultsPage(UnitResultQueries results, UnitSheetRepository sheets,
            UnitGroupRepository groups, IndexCatalog catalog, PlanningQueries planning) {
        this.results = results;
        this.sheets = sheets;
        this.groups = groups;
        this.catalog = catalog;
        this.planning = planning;
    }

    public void fill(long unitId, Integer year, CurrentUser user, BiConsumer<String, Object> model) {
        List<HistoryRow> history = results.history(unitId);
        model.accept("history", history);
        Optional<HistoryRow> chosen = history.stream().filter(row -> year == null || row.year() == year).findFirst();
        if (chosen.isEmpty()) {
            return;
        }
        long roundId = chosen.get().roundId();
        int roundYear = chosen.get().year();
        model.accept("chosen", chosen.get());
        model.accept("result", results.published(roundId, unitId).orElseThrow());
        model.accept("areas", results.areas(roundId, unitId));
        Long planId = user.canManageProvince() ? onlyOpenPlan(roundYear + 1) : null;
        Map<String, Long> nextCriteria = user.canManageProvince() ? nextYearCriteria(roundId, unitId, roundYear + 1) : Map.of();
        model.accept("lost", results.lostCriteria(roundId, unitId).stream()
                .map(lost -> new LostLine(lost, user.canManageProvince() ? taskLink(
                        nextCriteria.getOrDefault(lost.code(), lost.criterionId()), unitId, planId) : null))
                .toList());
        model.accept("nextYear", roundYear + 1);
    }

    private static String taskLink(long criterionId, long unitId, Long planId) {
        return "/planning/tasks/new?criterionId=" + criterionId + "&leadUnitId=" + unitId
                + (planId == null ? "" : "&planId=" + planId);
    }

    /** Next year's plan when exactly one is not closed. */
    private Long onlyOpenPlan(int year) {
        List<PlanSummary> open = planning.plans(year).stream().filter(plan -> plan.status() != PlanStatus.CLOSED).toList();
        return open.size() == 1 ? open.get(0).id() : null;
    }

    /** Next year's criteria of the unit's group, by code (the set may have changed). */
    private Map<String, Long> nextYearCriteria(long roundId, long unitId, int nextYear) {
        return sheets.findByRoundIdAndUnitId(roundId, unitId)
                .flatMap(sheet -> groups.findById(sheet.getGroupId()))
                .flatMap(group -> catalog.framework(group.getFrameworkId()))
                .map(FrameworkSummary::code)
                .flatMap(code -> catalog.versionFor(code, nextYear))
                .map(version -> catalog.tree(version.id()).stream().filter(criterion -> !criterion.retired())
                        .collect(Collectors.toMap(criterion -> criterion.code(), criterion -> criterion.id(), (a, b) -> a)))
                .orElse(Map.of());
    }
}
