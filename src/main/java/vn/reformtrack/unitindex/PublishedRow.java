package vn.reformtrack.unitindex;

import java.math.BigDecimal;

/** A unit's published result as the results table and exports show it. */
public record PublishedRow(long unitId, String unitName, long groupId, String groupName, BigDecimal selfTotal,
        BigDecimal appraisedTotal, BigDecimal surveyPoints, BigDecimal bonusClaimed, BigDecimal bonus,
        BigDecimal deductionClaimed, BigDecimal deduction, BigDecimal reachableMax, BigDecimal index, int rank,
        int rankOf, IndexClass indexClass, BigDecimal previousIndex) {

    public BigDecimal change() {
        return previousIndex == null ? null : index.subtract(previousIndex);
    }
}
