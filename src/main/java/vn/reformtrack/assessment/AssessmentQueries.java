package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.planning.PlanSummary;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TargetSummary;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.Ranking;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.shared.db.KeptReads;

/**
 * How other modules (the dashboards) read self-assessment: the rounds of a year and where a round is heading.
 *
 * <ul>
 *   <li>{@link #projection(long)}: a round's {@link Projection} — projected total and its parts, per-area change from
 *       last year, the plans' targets judged on it, the rank in last year's national table, the most open criteria;</li>
 *   <li>{@link #latestProjection(String, int)}: the same for the province's newest round of an index and year, e.g.
 *       {@code latestProjection("PAR_PROVINCE", 2025)} for the leader's home page;</li>
 *   <li>{@link #provinceRounds(int)}: the province's rounds of a year.</li>
 * </ul>
 * A projection costs a handful of SQL statements whatever the number of criteria. These reads are not confined to a
 * user: they show province-wide figures, for province-wide pages (leaders, coordinators); callers apply their rules.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

    private final AssessmentRoundRepository rounds;
    private final RoundSummaries summaries;
    private final RoundQueries queries;
    private final IndexCatalog catalog;
    private final IndexResults results;
    private final PlanningQueries planning;
    private final KeptReads<Long, Stamp, Projection> kept = new KeptReads<>(KEPT_PROJECTIONS);

    /** Projections kept: every index's rounds of several years, the province's and the units', with room. */
    private static final int KEPT_PROJECTIONS = 128;

    /** What a kept projection was computed from. */
    private record Stamp(Object itemsAndTree, RoundSummary round, String catalogue, String results, long planning) {}

    AssessmentQueries(AssessmentRoundRepository rounds, RoundSummaries summaries, RoundQueries queries,
            IndexCatalog catalog, IndexResults results, PlanningQueries planning) {
        this.rounds = rounds;
        this.summaries = summaries;
        this.queries = queries;
        this.catalog = catalog;
        this.results = results;
        this.planning = planning;
    }

    /** Where a round is heading; empty for an unknown round. */
    public Optional<Projection> projection(long roundId) {
        return rounds.findById(roundId).map(round -> ProjectionCalculator.calculate(input(summaries.of(round))));
    }

    /** The projection of the province's newest round of an index (by code, e.g. PAR_PROVINCE) and year, if any. */
    public Optional<Projection> latestProjection(String frameworkCode, int year) {
        return catalog.framework(frameworkCode)
                .flatMap(framework -> rounds.findByFrameworkIdAndYearAndSubjectTypeOrderByIdDesc(framework.id(), year,
                        IndexSubject.PROVINCE).stream().findFirst())
                .flatMap(round -> projection(round.getId()));
    }

    /** The province's rounds of a year, any index, newest first. */
    public List<RoundSummary> provinceRounds(int year) {
        return queries.provinceRounds(year);
    }

    ProjectionInput input(RoundSummary round) {
        List<CriterionSummary> tree = catalog.tree(round.versionId());
        return input(round, queries.items(round.id(), tree), tree);
    }

    /**
     * A round's projection from its criteria and its version's tree as a page already read them ({@code items}: every
     * criterion of the round, as a province-wide reader sees them). Kept per round and given again, the same object,
     * while the page gives the very same criteria and tree (kept reads: a criterion recorded, the round changed, moves
     * them) and the catalogue, the published results and the plans with their targets have not moved (their stamps,
     * read before anything they stamp; {@code catalogue} is the page's, read before its round and tree).
     */
    Projection projection(RoundSummary round, List<ItemRow> items, List<CriterionSummary> tree, String catalogue) {
        Stamp stamp = new Stamp(KeptReads.sameObjects(items, tree), round, catalogue, results.changeStamp(),
                planning.changeStamp());
        return kept.get(round.id(), stamp, true, () -> ProjectionCalculator.calculate(input(round, items, tree)));
    }

    private ProjectionInput input(RoundSummary round, List<ItemRow> rows, List<CriterionSummary> tree) {
        List<ProjectionInput.ItemFigure> items = rows.stream()
                .map(row -> new ProjectionInput.ItemFigure(row.id(), row.criterionId(), row.code(), row.nameVi(),
                        row.nameEn(), row.areaCode(), row.maxPoints(), row.part(), row.projected(),
                        row.responsibleUnitName()))
                .toList();
        List<ProjectionInput.Area> areas = tree.stream()
                .filter(node -> node.depth() == 0 && !node.retired())
                .map(area -> new ProjectionInput.Area(area.code(), area.nameVi(), area.nameEn(), area.maxPoints()))
                .toList();
        int lastYear = round.year() - 1;
        boolean province = round.subjectType() == IndexSubject.PROVINCE;
        if (!province) {
            return new ProjectionInput(round, round.versionMaxTotal(), items, areas,
                    ProjectionInput.Previous.unknown(lastYear), Map.of(), null, List.of());
        }
        ProjectionInput.Previous previous = results.ownResult(round.frameworkCode(), lastYear)
                .map(result -> new ProjectionInput.Previous(lastYear, result.total(), result.rank(), result.rankTo(),
                        result.ofTotal()))
                .orElse(ProjectionInput.Previous.unknown(lastYear));
        return new ProjectionInput(round, round.versionMaxTotal(), items, areas, previous,
                previousAreaScores(round.frameworkCode(), lastYear), table(round.frameworkCode(), lastYear),
                plans(round));
    }

    /** Last year's recorded criterion scores of the own province, summed per area code. */
    private Map<String, BigDecimal> previousAreaScores(String frameworkCode, int year) {
        Map<Long, BigDecimal> scores = results.ownCriterionScores(frameworkCode, year);
        Map<Long, CriterionSummary> criteria = catalog.criteria(scores.keySet());
        Map<String, BigDecimal> byArea = new HashMap<>();
        scores.forEach((criterionId, score) -> {
            CriterionSummary criterion = criteria.get(criterionId);
            if (criterion != null && criterion.leaf()) {
                byArea.merge(criterion.areaCode(), score, BigDecimal::add);
            }
        });
        return byArea;
    }

    /** Last year's national table without the own province: the known totals and how many provinces it ranked. */
    private ProjectionInput.Table table(String frameworkCode, int year) {
        List<ResultSummary> table = results.nationalTable(frameworkCode, year);
        if (table.isEmpty()) {
            return null;
        }
        String own = results.ownJurisdictionCode();
        List<BigDecimal> others = table.stream()
                .filter(row -> !row.jurisdictionCode().equals(own))
                .map(ResultSummary::total)
                .filter(Objects::nonNull)
                .toList();
        int ofTotal = table.stream().mapToInt(ResultSummary::ofTotal).max().orElse(Ranking.provincesIn(year));
        return new ProjectionInput.Table(year, others, Math.max(ofTotal, others.size() + 1));
    }

    /** The plans of the round's year that cover its index, each with its targets for that index. */
    private List<ProjectionInput.PlanTargets> plans(RoundSummary round) {
        List<PlanSummary> covering = planning.plans(round.year()).stream()
                .filter(plan -> plan.frameworkCodes().stream().anyMatch(code -> code.equalsIgnoreCase(round.frameworkCode())))
                .toList();
        Map<Long, List<TargetSummary>> targets = planning.targets(covering.stream().map(PlanSummary::id).toList());
        return covering.stream()
                .map(plan -> new ProjectionInput.PlanTargets(plan.id(), label(plan), plan.status(),
                        targets.getOrDefault(plan.id(), List.of()).stream()
                                .filter(target -> target.frameworkCode().equalsIgnoreCase(round.frameworkCode()))
                                .toList()))
                .filter(plan -> !plan.targets().isEmpty())
                .toList();
    }

    private static String label(PlanSummary plan) {
        return plan.documentNumber() != null ? plan.documentNumber() : plan.title();
    }
}
