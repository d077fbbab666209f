package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TargetSummary;

/**
 * The annual view. Tasks are counted in SQL; targets are judged by planning's own evaluation (the same verdict the
 * plan page shows), for all the year's plans at once. A unit user's task counts are their unit's; targets are the province's.
 */
@Service
// Read-write: a page may write the read model's slice of the day (DashboardSlices).
@Transactional
public class AnnualDashboard {

    private final ProgressQueries progress;
    private final PlanningQueries planning;
    private final Clock clock;

    AnnualDashboard(ProgressQueries progress, PlanningQueries planning, Clock clock) {
        this.progress = progress;
        this.planning = planning;
        this.clock = clock;
    }

    public AnnualReport report(Integer year, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod period = DashboardPeriod.of(year, ProgressPeriod.YEAR, today);
        DashboardScope scope = DashboardScope.of(user);
        List<PlanProgress> byPlan = progress.byPlan(period.year(), period.asOf(), scope);
        Map<Long, List<TargetSummary>> targets = planning.targets(byPlan.stream().map(PlanProgress::planId).toList());
        List<AnnualReport.PlanYear> plans = byPlan.stream()
                .map(plan -> new AnnualReport.PlanYear(plan, targets.getOrDefault(plan.planId(), List.of())))
                .toList();
        TaskCounts total = plans.stream().map(p -> p.plan().counts()).reduce(TaskCounts.NONE, TaskCounts::plus);
        return new AnnualReport(period, scope.isUnit(), plans, total,
                DashboardPeriod.years(progress.planYears(), period.year(), today));
    }
}
