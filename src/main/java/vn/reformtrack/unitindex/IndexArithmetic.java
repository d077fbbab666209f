package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit index of one sheet. Not-applicable criteria leave both the points and the maximum: the index is the points
 * of the applicable self-scored and survey criteria over the maximum they could reach, scaled to 100. Bonus and
 * deduction lines are added and taken off after that, in index points, each pool capped at its limit; the index stays
 * between 0 and 100 and is rounded half up to two decimals, as published (ranks and classes read that figure).
 */
public final class IndexArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndexArithmetic() {}

    public static IndexFigures figures(List<ScoreLine> lines) {
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal appraised = BigDecimal.ZERO;
        BigDecimal survey = BigDecimal.ZERO;
        BigDecimal reachable = BigDecimal.ZERO;
        Pools bonus = new Pools();
        Pools deduction = new Pools();
        for (ScoreLine line : lines) {
            if (!line.applicable()) {
                continue;
            }
            BigDecimal score = orZero(line.finalScore());
            switch (line.part()) {
                case SELF_SCORED -> {
                    self = self.add(orZero(line.selfScore()));
                    appraised = appraised.add(score);
                    reachable = reachable.add(line.max());
                }
                case SURVEY -> {
                    survey = survey.add(score);
                    reachable = reachable.add(line.max());
                }
                case BONUS -> bonus.add(line, score);
                case DEDUCTION -> deduction.add(line, score);
            }
        }
        BigDecimal base = reachable.signum() == 0 ? null
                : appraised.add(survey).multiply(HUNDRED).divide(reachable, 6, RoundingMode.HALF_UP);
        BigDecimal index = base == null ? null
                : clamp(base.add(bonus.counted()).subtract(deduction.counted())).setScale(2, RoundingMode.HALF_UP);
        return new IndexFigures(self, appraised, survey, reachable, base, bonus.claimed(), bonus.counted(),
                bonus.limit(), deduction.claimed(), deduction.counted(), deduction.limit(), index);
    }

    private static BigDecimal clamp(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(HUNDRED);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Bonus or deduction lines by the pool that caps them. */
    private static final class Pools {

        private final Map<Long, BigDecimal> claimed = new LinkedHashMap<>();
        private final Map<Long, BigDecimal> limits = new LinkedHashMap<>();

        void add(ScoreLine line, BigDecimal score) {
            claimed.merge(line.poolId(), score, BigDecimal::add);
            limits.put(line.poolId(), line.poolLimit());
        }

        BigDecimal claimed() {
            return claimed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal counted() {
            return claimed.entrySet().stream()
                    .map(pool -> pool.getValue().min(limits.get(pool.getKey())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal limit() {
            return limits.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
