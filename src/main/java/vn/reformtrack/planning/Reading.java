package vn.reformtrack.planning;

import java.math.BigDecimal;

/**
 * A figure a target is judged on: one value, or a range when the publisher gave only a group of ranks ("59–63"), or
 * unknown (both ends null).
 */
public record Reading(BigDecimal low, BigDecimal high) {

    public static final Reading UNKNOWN = new Reading(null, null);

    public static Reading of(BigDecimal value) {
        return value == null ? UNKNOWN : new Reading(value, value);
    }

    /** A published rank, possibly a range ({@code rankTo}); unknown when the rank is. */
    public static Reading ofRank(Integer rank, Integer rankTo) {
        if (rank == null) {
            return UNKNOWN;
        }
        return new Reading(BigDecimal.valueOf(rank), BigDecimal.valueOf(rankTo == null ? rank : rankTo));
    }

    public boolean isKnown() {
        return low != null;
    }

    public boolean isExact() {
        return isKnown() && low.compareTo(high) == 0;
    }
}
