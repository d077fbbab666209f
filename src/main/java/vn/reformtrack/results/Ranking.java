package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks as the publishers do: the higher total ranks better, equal totals share a rank, and the next rank skips
 * (1, 2, 2, 4 — "standard competition ranking").
 */
public final class Ranking {

    private Ranking() {}

    /** The rank {@code total} would have among {@code others} (which must not include it). */
    public static int rankAmong(BigDecimal total, Collection<BigDecimal> others) {
        Objects.requireNonNull(total, "total");
        return 1 + (int) others.stream().filter(Objects::nonNull).filter(other -> other.compareTo(total) > 0).count();
    }

    /** The rank of every entry of a complete table. */
    public static <K> Map<K, Integer> rank(Map<K, BigDecimal> totals) {
        Map<K, Integer> ranks = new HashMap<>();
        totals.forEach((key, total) -> ranks.put(key,
                1 + (int) totals.values().stream().filter(other -> other.compareTo(total) > 0).count()));
        return ranks;
    }

    /** How many provinces a year's national tables rank: 63 up to 2024, 34 from 2025 (after the 1/7/2025 mergers). */
    public static int provincesIn(int year) {
        return year <= 2024 ? 63 : 34;
    }
}
