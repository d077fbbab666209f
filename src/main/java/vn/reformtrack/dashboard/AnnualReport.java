package vn.reformtrack.dashboard;

import java.util.List;
import vn.reformtrack.planning.TargetOutcome;
import vn.reformtrack.planning.TargetSummary;

/**
 * A year's plans: each with its tasks on the year's last day (or today while the year runs) and its targets judged
 * against the published results.
 */
public record AnnualReport(DashboardPeriod period, boolean unitScoped, List<PlanYear> plans, TaskCounts total,
        List<Integer> years) {

    /** A plan, its tasks by status and its targets. */
    public record PlanYear(PlanProgress plan, List<TargetSummary> targets) {

        public long count(TargetOutcome outcome) {
            return targets.stream().filter(t -> t.outcome() == outcome).count();
        }
    }

    public long targets(TargetOutcome outcome) {
        return plans.stream().mapToLong(plan -> plan.count(outcome)).sum();
    }

    public List<TargetSummary> allTargets() {
        return plans.stream().flatMap(plan -> plan.targets().stream()).toList();
    }
}
