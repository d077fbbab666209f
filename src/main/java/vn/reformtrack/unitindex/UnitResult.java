package vn.reformtrack.unitindex;

import java.math.BigDecimal;

/**
 * A unit's result in a round: its figures, rank within its group (ties shared) of how many, class, and last year's
 * index with the change (null when it had none).
 */
public record UnitResult(long unitId, String unitName, long groupId, IndexFigures figures, int rank, int rankOf,
        IndexClass indexClass, BigDecimal previousIndex) {

    public BigDecimal index() {
        return figures.index();
    }

    public BigDecimal change() {
        return previousIndex == null || figures.index() == null ? null : figures.index().subtract(previousIndex);
    }
}
