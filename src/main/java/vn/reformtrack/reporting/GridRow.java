package vn.reformtrack.reporting;

import java.util.List;
import java.util.Map;
import vn.reformtrack.organization.UnitType;

/** A unit's line of the completeness grid: its standing in each period of the year, by period id. */
public record GridRow(long unitId, String unitCode, String unitName, UnitType unitType, Map<Long, UnitStanding> cells) {

    public UnitStanding cell(long periodId) {
        return cells.getOrDefault(periodId, new UnitStanding(periodId, unitId, unitName, CellStatus.NOT_EXPECTED, null, null));
    }

    /** Its standing in each of these periods, in their order: the grid's cells of the line. */
    public List<UnitStanding> line(List<PeriodSummary> periods) {
        return periods.stream().map(period -> cell(period.id())).toList();
    }
}
