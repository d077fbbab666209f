package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.reformtrack.assessment.Projection.AreaLine;
import vn.reformtrack.assessment.Projection.OpenCriterion;
import vn.reformtrack.assessment.Projection.PartShare;
import vn.reformtrack.assessment.Projection.ProjectedRank;
import vn.reformtrack.assessment.Projection.TargetCheck;
import vn.reformtrack.assessment.ProjectionInput.ItemFigure;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.planning.Reading;
import vn.reformtrack.planning.TargetEvaluation;
import vn.reformtrack.planning.TargetOutcome;
import vn.reformtrack.planning.TargetSummary;
import vn.reformtrack.results.Grade;
import vn.reformtrack.results.Ranking;

/** Computes a {@link Projection} from its {@link ProjectionInput}: no database, every number checkable by hand. */
final class ProjectionCalculator {

    static final int MOST_OPEN = 10;
    /** National tables publish totals with two decimals: a projected total is ranked as it would be published. */
    static final int PUBLISHED_DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProjectionCalculator() {}

    static Projection calculate(ProjectionInput input) {
        List<ItemFigure> items = input.items();
        BigDecimal total = sum(items.stream().map(ItemFigure::score).toList());
        BigDecimal maxTotal = input.versionMaxTotal() != null ? input.versionMaxTotal()
                : sum(items.stream().map(ItemFigure::maxPoints).toList());
        BigDecimal percent = maxTotal.signum() == 0 ? null
                : total.multiply(HUNDRED).divide(maxTotal, 2, RoundingMode.HALF_UP);
        ProjectionInput.Previous previous = input.previous();
        BigDecimal change = previous.total() == null ? null : total.subtract(previous.total());
        ProjectedRank rank = rank(input, total);
        return new Projection(input.round(), total, maxTotal, percent, Grade.of(input.round().frameworkCode(), percent),
                parts(items), areas(input), new Projection.PreviousYear(previous.year(), previous.total(), change,
                        previous.rank(), previous.rankTo(), previous.ofTotal(), !input.previousAreaScores().isEmpty()),
                rank, targets(input, total, percent, rank), mostOpen(items));
    }

    private static List<PartShare> parts(List<ItemFigure> items) {
        Map<ScorePart, List<ItemFigure>> byPart = new EnumMap<>(ScorePart.class);
        for (ScorePart part : ScorePart.values()) {
            byPart.put(part, new ArrayList<>());
        }
        items.forEach(item -> byPart.get(item.part()).add(item));
        return byPart.entrySet().stream()
                .map(entry -> new PartShare(entry.getKey(), entry.getValue().size(),
                        sum(entry.getValue().stream().map(ItemFigure::score).toList()),
                        sum(entry.getValue().stream().map(ItemFigure::maxPoints).toList())))
                .toList();
    }

    private static List<AreaLine> areas(ProjectionInput input) {
        List<AreaLine> lines = new ArrayList<>();
        for (ProjectionInput.Area area : input.areas()) {
            List<ItemFigure> inArea = input.items().stream().filter(item -> area.code().equals(item.areaCode())).toList();
            BigDecimal projected = sum(inArea.stream().map(ItemFigure::score).toList());
            BigDecimal max = area.maxPoints() != null ? area.maxPoints()
                    : sum(inArea.stream().map(ItemFigure::maxPoints).toList());
            int missing = (int) inArea.stream().filter(item -> item.part() == ScorePart.MISSING).count();
            BigDecimal previous = input.previousAreaScores().get(area.code());
            lines.add(new AreaLine(area.code(), area.nameVi(), area.nameEn(), max, projected, inArea.size(), missing,
                    previous, previous == null ? null : projected.subtract(previous)));
        }
        return lines;
    }

    /** Against last year's table, as the publisher ranks (ties share a rank); null without a table to rank in. */
    static ProjectedRank rank(ProjectionInput input, BigDecimal total) {
        ProjectionInput.Table table = input.lastYearTable();
        if (table == null || input.round().subjectType() != IndexSubject.PROVINCE || table.knownOtherTotals().isEmpty()) {
            return null;
        }
        BigDecimal published = total.setScale(PUBLISHED_DECIMALS, RoundingMode.HALF_UP);
        int rank = Ranking.rankAmong(published, table.knownOtherTotals());
        int unknown = table.unknownOthers();
        return new ProjectedRank(table.year(), published, rank, rank + unknown, table.knownOtherTotals().size() + 1,
                table.ofTotal(), unknown == 0);
    }

    private static List<TargetCheck> targets(ProjectionInput input, BigDecimal total, BigDecimal percent,
            ProjectedRank rank) {
        List<TargetCheck> checks = new ArrayList<>();
        for (ProjectionInput.PlanTargets plan : input.plans()) {
            for (TargetSummary target : plan.targets()) {
                Reading figure = figure(target, input, total, percent, rank);
                TargetOutcome outcome = TargetEvaluation.evaluate(target.metric(), target.comparison(), target.value(),
                        target.valueTo(), figure);
                checks.add(new TargetCheck(plan.planId(), plan.label(), plan.status(), target, figure, outcome,
                        outcome == TargetOutcome.NOT_MET ? gap(target, figure) : null));
            }
        }
        return checks;
    }

    /** The projected figure a target measures. */
    static Reading figure(TargetSummary target, ProjectionInput input, BigDecimal total, BigDecimal percent,
            ProjectedRank rank) {
        return switch (target.metric()) {
            case TOTAL_SCORE, SATISFACTION_PERCENT -> Reading.of(total);
            case PERCENT_OF_MAX -> Reading.of(percent);
            case RANK, TOP_N -> rank == null ? Reading.UNKNOWN : rank.reading();
            case RANK_CHANGE -> placesGained(input.previous(), rank);
            case CRITERION_SCORE -> Reading.of(input.items().stream()
                    .filter(item -> Objects.equals(item.criterionId(), target.criterionId()))
                    .map(ItemFigure::score)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null));
        };
    }

    /** Last year's rank minus the projected rank, from the worst case to the best. */
    private static Reading placesGained(ProjectionInput.Previous previous, ProjectedRank rank) {
        if (rank == null || previous.rank() == null) {
            return Reading.UNKNOWN;
        }
        int before = previous.rank();
        int beforeWorst = previous.rankTo() == null ? before : previous.rankTo();
        return new Reading(BigDecimal.valueOf(before - rank.worstRank()), BigDecimal.valueOf(beforeWorst - rank.rank()));
    }

    /** How far a missed target is: points or percent to gain, or places to climb (its best case). */
    static BigDecimal gap(TargetSummary target, Reading figure) {
        if (!figure.isKnown()) {
            return null;
        }
        boolean higherIsBetter = target.metric().higherIsBetter();
        switch (target.metric().takesComparison() ? target.comparison() : vn.reformtrack.planning.TargetComparison.AT_MOST) {
            case AT_LEAST, MORE_THAN, BETWEEN -> {
                if (higherIsBetter) {
                    return target.value().subtract(figure.high());
                }
                if (target.comparison() == vn.reformtrack.planning.TargetComparison.BETWEEN) {
                    return figure.low().subtract(target.valueTo());
                }
                return null;
            }
            case AT_MOST, LESS_THAN -> {
                return higherIsBetter ? null : figure.low().subtract(target.value());
            }
            default -> {
                return null;
            }
        }
    }

    /** Unscored criteria first (largest maximum first), then the largest gaps between maximum and projected score. */
    private static List<OpenCriterion> mostOpen(List<ItemFigure> items) {
        Comparator<OpenCriterion> order = Comparator
                .comparing((OpenCriterion open) -> open.part() != ScorePart.MISSING)
                .thenComparing(OpenCriterion::open, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(OpenCriterion::code);
        return items.stream()
                .map(item -> {
                    BigDecimal open = item.maxPoints() == null ? null
                            : item.score() == null ? item.maxPoints() : item.maxPoints().subtract(item.score());
                    return new OpenCriterion(item.itemId(), item.code(), item.nameVi(), item.nameEn(), item.maxPoints(),
                            item.score(), open, item.part(), item.responsibleUnitName());
                })
                .filter(open -> open.part() == ScorePart.MISSING || (open.open() != null && open.open().signum() > 0))
                .sorted(order)
                .limit(MOST_OPEN)
                .toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
