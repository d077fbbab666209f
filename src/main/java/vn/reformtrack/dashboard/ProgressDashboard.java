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
@Transactional(readOnly = true)
public class ProgressDashboard {

    private final ProgressQueries queries;
    private final UnitDirectory units;
    private final Clock clock;

    ProgressDashboard(ProgressQueries queries, UnitDirectory units, Clock clock) {
        this.queries = queries;
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
        if (!DashboardScope.of(user).canSee(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        UnitSummary unit = units.find(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod shown = DashboardPeriod.of(year, period, today);
        List<TaskLine> tasks = queries.unitTasks(unitId, shown.year(), shown.asOf());
        TaskCounts counts = queries.byUnit(shown.year(), shown.asOf(), new DashboardScope(unitId)).stream()
                .map(UnitProgress::counts).findFirst().orElse(TaskCounts.NONE);
        return new UnitProgressDetail(shown, unit, counts, tasks,
                DashboardPeriod.years(queries.planYears(), shown.year(), today));
    }
}
