package vn.reformtrack.reporting;

/**
 * A unit's standing in one period: the grid's cell.
 *
 * @param reportId   its report, or null when it has none
 * @param timeliness of the submission that stands, or null
 */
public record UnitStanding(long periodId, long unitId, String unitName, CellStatus status, Timeliness timeliness,
        Long reportId) {

    public boolean isLate() {
        return timeliness == Timeliness.LATE;
    }
}
