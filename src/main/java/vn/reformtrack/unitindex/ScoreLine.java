package vn.reformtrack.unitindex;

import java.math.BigDecimal;

/**
 * One leaf of a unit's sheet as the index counts it.
 *
 * @param finalScore the appraised score (self-scored, bonus and deduction lines) or the survey's points; null while
 *                   there is none, which counts 0
 * @param poolId     the bonus or deduction node whose limit caps this line (null for regular criteria)
 * @param poolLimit  that node's limit
 */
public record ScoreLine(long criterionId, CriterionPart part, BigDecimal max, boolean applicable, BigDecimal selfScore,
        BigDecimal finalScore, Long poolId, BigDecimal poolLimit) {}
