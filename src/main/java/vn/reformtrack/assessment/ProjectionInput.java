package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.TargetSummary;

/**
 * Everything a projection is computed from, read beforehand (see {@link AssessmentQueries}): plain values, so that
 * {@link ProjectionCalculator} is a pure function and its numbers can be checked by hand.
 *
 * @param versionMaxTotal    the methodology's maximum (null: the sum of the criteria's maxima is used)
 * @param areas              the version's areas in tree order
 * @param previous           last year's own figures (fields null where unknown)
 * @param previousAreaScores last year's recorded criterion scores summed per area code (empty when none recorded)
 * @param lastYearTable      last year's national table without the own province (null when there is none)
 * @param plans              the plans of the round's year covering its index, with their targets for it
 */
record ProjectionInput(
        RoundSummary round,
        BigDecimal versionMaxTotal,
        List<ItemFigure> items,
        List<Area> areas,
        Previous previous,
        Map<String, BigDecimal> previousAreaScores,
        Table lastYearTable,
        List<PlanTargets> plans) {

    /** One criterion of the round with where its projected score comes from. */
    record ItemFigure(long itemId, long criterionId, String code, String nameVi, String nameEn, String areaCode,
            BigDecimal maxPoints, ScorePart part, BigDecimal score, String responsibleUnitName) {}

    record Area(String code, String nameVi, String nameEn, BigDecimal maxPoints) {}

    record Previous(int year, BigDecimal total, Integer rank, Integer rankTo, Integer ofTotal) {

        static Previous unknown(int year) {
            return new Previous(year, null, null, null, null);
        }
    }

    /**
     * Last year's table of the other provinces: the totals that are known, and how many ranked provinces' totals are
     * not ({@code ofTotal} counts them all, the own province included).
     */
    record Table(int year, List<BigDecimal> knownOtherTotals, int ofTotal) {

        int unknownOthers() {
            return Math.max(0, ofTotal - 1 - knownOtherTotals.size());
        }
    }

    record PlanTargets(long planId, String label, PlanStatus status, List<TargetSummary> targets) {}
}
