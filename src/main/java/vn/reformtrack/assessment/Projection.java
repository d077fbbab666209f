package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.Reading;
import vn.reformtrack.planning.TargetOutcome;
import vn.reformtrack.planning.TargetSummary;
import vn.reformtrack.results.Grade;

/**
 * Where a round is heading: the projected total (each criterion's appraised score where Home Affairs appraised it,
 * else the unit's self-score, or Home Affairs' estimate for survey criteria; missing criteria count 0), what share of
 * it is appraised, self-assessed, estimated or missing, the change from last year per area, whether the plans'
 * targets would be met, the rank it would have earned in last year's national table, and the criteria with the most
 * points still open.
 *
 * @param maxTotal     the methodology's maximum (or, when the catalog has none, the sum of the criteria's maxima)
 * @param percentOfMax the total as a percentage of {@code maxTotal}, two decimals (null without a maximum)
 * @param grade        the PAR Index group the percentage falls in (null for other indices or below 70 %)
 * @param parts        one line per {@link ScorePart}, in its order
 * @param previous     last year's own figures (null fields where none were published)
 * @param rank         the rank in last year's national table (null when there is no such table or no subject to rank)
 * @param targets      the targets of the plans of the round's year that cover its index, judged on the projection
 * @param mostOpen     up to {@value ProjectionCalculator#MOST_OPEN} criteria with the most points still open, unscored first
 */
public record Projection(
        RoundSummary round,
        BigDecimal total,
        BigDecimal maxTotal,
        BigDecimal percentOfMax,
        Grade grade,
        List<PartShare> parts,
        List<AreaLine> areas,
        PreviousYear previous,
        ProjectedRank rank,
        List<TargetCheck> targets,
        List<OpenCriterion> mostOpen) {

    /** How many criteria and points come from one source; for MISSING, {@code maxPoints} are the points still open. */
    public record PartShare(ScorePart part, int criteria, BigDecimal points, BigDecimal maxPoints) {}

    /**
     * One area (top-level node): its maximum, projected score, how many of its criteria are still missing, last
     * year's score (the sum of the own province's recorded criterion scores in the area; null when none were
     * recorded) and the change.
     */
    public record AreaLine(String code, String nameVi, String nameEn, BigDecimal maxPoints, BigDecimal projected,
            int criteria, int missing, BigDecimal previous, BigDecimal change) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
        }
    }

    /**
     * Last year's published figures of the own province.
     *
     * @param total           last year's total (null when not published)
     * @param change          the projected total minus last year's (null when either is unknown)
     * @param criterionScores whether last year's criterion scores were recorded (the per-area change needs them)
     */
    public record PreviousYear(int year, BigDecimal total, BigDecimal change, Integer rank, Integer rankTo, Integer ofTotal,
            boolean criterionScores) {}

    /**
     * The rank the projected total would have earned among last year's known totals, as the publisher ranks: equal
     * totals share a rank, and the total is first rounded as published (two decimals). When the table is incomplete
     * the rank is among the {@code knownProvinces} only, and the provinces whose totals are unknown could each be
     * above: the true rank lies between {@code rank} and {@code worstRank}.
     */
    public record ProjectedRank(int tableYear, BigDecimal rankedTotal, int rank, int worstRank, int knownProvinces,
            int ofTotal, boolean complete) {

        public Reading reading() {
            return new Reading(BigDecimal.valueOf(rank), BigDecimal.valueOf(worstRank));
        }
    }

    /**
     * A plan's target judged on the projection with the rules plans use ({@link vn.reformtrack.planning.TargetEvaluation}).
     *
     * @param projected the projected figure the target measures (a range for ranks against an incomplete table)
     * @param gap       how far the projection falls short (points, percent, places) when it would be missed
     */
    public record TargetCheck(long planId, String planLabel, PlanStatus planStatus, TargetSummary target,
            Reading projected, TargetOutcome outcome, BigDecimal gap) {}

    /** A criterion with points still open: its maximum minus its projected score (all of it when unscored). */
    public record OpenCriterion(long itemId, String code, String nameVi, String nameEn, BigDecimal maxPoints,
            BigDecimal projected, BigDecimal open, ScorePart part, String responsibleUnitName) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
        }
    }

    public PartShare part(ScorePart part) {
        return parts.stream().filter(share -> share.part() == part).findFirst().orElseThrow();
    }

    /** Points the missing criteria could still bring. */
    public BigDecimal pointsOpen() {
        return part(ScorePart.MISSING).maxPoints();
    }
}
