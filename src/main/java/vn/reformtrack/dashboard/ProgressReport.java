package vn.reformtrack.dashboard;

import java.util.List;

/**
 * The quarterly progress page: the year's tasks by status on the period's last day, per lead unit (most overdue first)
 * and per index area, with the province's totals.
 *
 * @param unitScoped whether the figures are confined to the viewer's own unit
 */
public record ProgressReport(DashboardPeriod period, boolean unitScoped, TaskCounts total, List<UnitProgress> units,
        List<AreaProgress> areas, List<Integer> years) {

    /** The units with overdue tasks, most overdue first: those "behind" in the period. */
    public List<UnitProgress> behind() {
        return units.stream().filter(unit -> unit.counts().overdue() > 0).toList();
    }
}
