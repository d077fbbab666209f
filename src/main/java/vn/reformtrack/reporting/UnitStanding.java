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

    /** The classes of the grid's badge: the standing's colour, or muted text when the unit is not expected. */
    public String badge() {
        return status == CellStatus.NOT_EXPECTED ? "text-muted" : "badge " + status.badge();
    }

    /** The message key of the grid's badge: the standing, with how the submission came when there is one. */
    public String labelKey() {
        if (status == CellStatus.NOT_EXPECTED) {
            return "grid.cell.NOT_EXPECTED";
        }
        return timeliness == null ? "CellStatus." + status.name() : "grid.cell." + status.name() + "." + timeliness.name();
    }
}
