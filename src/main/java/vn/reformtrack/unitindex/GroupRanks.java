package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks within a group, highest index first, ties shared: two units on 91.50 are both 2nd and the next is 4th
 * (standard competition ranking, as published tables rank equal scores).
 */
public final class GroupRanks {

    private GroupRanks() {}

    /** Each unit's rank, in rank order; {@code indices} are the published (rounded) figures. */
    public static Map<Long, Integer> of(Map<Long, BigDecimal> indices) {
        List<Map.Entry<Long, BigDecimal>> ordered = new ArrayList<>(indices.entrySet());
        ordered.sort(Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal value = ordered.get(i).getValue();
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
                previous = value;
            }
            ranks.put(ordered.get(i).getKey(), rank);
        }
        return ranks;
    }
}
