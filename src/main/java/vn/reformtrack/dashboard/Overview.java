package vn.reformtrack.dashboard;

import java.util.List;

/**
 * The province at a glance (the leader's home, the coordinator's and {@code /dashboard}): each national index against
 * this year's targets, this year's tasks on today, and the units furthest behind. For a unit user the tasks and
 * units are their own unit's.
 *
 * @param behind    the units with the most overdue tasks, at most five
 * @param reporting reporting compliance for the current reporting period
 */
public record Overview(DashboardPeriod period, boolean unitScoped, List<IndexTile> indices, TaskCounts tasks,
        List<UnitProgress> behind, int unitsWithTasks, ReportingCompliance reporting) {}
