package vn.reformtrack.dashboard;

import java.util.List;
import vn.reformtrack.organization.UnitSummary;

/** One unit's drill-down: its tasks of the year with their status on the period's last day. */
public record UnitProgressDetail(DashboardPeriod period, UnitSummary unit, TaskCounts counts, List<TaskLine> tasks,
        List<Integer> years) {}
