package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * Quarterly progress: the province (or a unit user's own unit) by unit and by index area, and the drill-down into one
 * unit's tasks. A unit user asking for another unit gets "not found", as for any record they may not see.
 */
@Service
// Read-write: a page may write the read model's slice of the day (DashboardSlices).
@Transactional
public class ProgressDashboard {

    private final ProgressQueries queries;
    private final ReportTimeliness reports;
    private final TaskReportQueries taskReports;
    private final UnitDirectory units;
    private final Clock clock;

    ProgressDashboard(ProgressQueries queries, ReportTimeliness reports, TaskReportQueries taskReports,
            UnitDirectory units, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.taskReports = taskReports;
        this.units = units;
        this.clock = clock;
    }

    public ProgressReport report(Integer year, ProgressPeriod period, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod shown = DashboardPeriod.of(year, period, today);
        DashboardScope scope = DashboardScope.of(user);
        List<UnitProgress> byUnit = queries.byUnit(shown.year(), shown.asOf(), scope);
        TaskCounts total = byUnit.stream().map(UnitProgress::counts).reduce(TaskCounts.NONE, TaskCounts::plus);
        return new ProgressReport(shown, scope.isUnit(), total, byUnit,
                queries.byArea(shown.year(), shown.asOf(), scope),
                DashboardPeriod.years(queries.planYears(), shown.year(), today));
    }

    public UnitProgressDetail unit(long unitId, Integer year, ProgressPeriod period, CurrentUser user) {
        UnitSummary unit = visibleUnit(unitId, user);
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod shown = DashboardPeriod.of(year, period, today);
        List<TaskLine> tasks = queries.unitTasks(unitId, shown.year(), shown.asOf());
        DashboardScope unitScope = new DashboardScope(unitId);
        TaskCounts counts = queries.byUnit(shown.year(), shown.asOf(), unitScope).stream()
                .map(UnitProgress::counts).findFirst().orElse(TaskCounts.NONE);
        ReportCounts unitReports = reports.byUnit(shown.year(), shown.asOf(), unitScope).get(unitId);
        return new UnitProgressDetail(shown, unit, counts, tasks, unitReports,
                DashboardPeriod.years(queries.planYears(), shown.year(), today));
    }

    /**
     * A task the unit leads, with what the units reported on it. Another unit's task, a task of a plan not issued, or
     * a unit a unit user may not see: not found.
     */
    public TaskReports task(long unitId, long taskId, Integer year, ProgressPeriod period, CurrentUser user) {
        UnitSummary unit = visibleUnit(unitId, user);
        TaskReports.Task task = taskReports.task(taskId)
                .filter(found -> found.leadUnitId() == unitId)
                .orElseThrow(() -> new NotFoundException("Task", taskId));
        DashboardPeriod shown = DashboardPeriod.of(year == null ? task.year() : year, period, LocalDate.now(clock));
        return new TaskReports(shown, unit.name(), task, taskReports.entries(taskId));
    }

    private UnitSummary visibleUnit(long unitId, CurrentUser user) {
        if (!DashboardScope.of(user).canSee(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        return units.find(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
    }
}
