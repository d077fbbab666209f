package vn.reformtrack.dashboard;

import java.util.List;
import vn.reformtrack.organization.UnitSummary;

/**
 * One unit's drill-down: its tasks of the year with their status on the period's last day, and its periodic reports
 * of the year due by then (null when none was due).
 */
public record UnitProgressDetail(DashboardPeriod period, UnitSummary unit, TaskCounts counts, List<TaskLine> tasks,
        ReportCounts reports, List<Integer> years) {}
