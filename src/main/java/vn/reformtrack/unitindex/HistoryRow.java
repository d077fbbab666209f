package vn.reformtrack.unitindex;

import java.math.BigDecimal;

/** A unit's published result of one year, for its history. */
public record HistoryRow(int year, long roundId, String groupName, BigDecimal index, int rank, int rankOf,
        IndexClass indexClass, BigDecimal previousIndex) {

    public BigDecimal change() {
        return previousIndex == null ? null : index.subtract(previousIndex);
    }
}
