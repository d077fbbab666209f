package vn.reformtrack.reporting;

import java.util.Map;

/** A unit's line of the completeness grid: its standing in each period of the year, by period id. */
public record GridRow(long unitId, String unitCode, String unitName, Map<Long, UnitStanding> cells) {

    public UnitStanding cell(long periodId) {
        return cells.getOrDefault(periodId, new UnitStanding(periodId, unitId, unitName, CellStatus.NOT_EXPECTED, null, null));
    }
}
