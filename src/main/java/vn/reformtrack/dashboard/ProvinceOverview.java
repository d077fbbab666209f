package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.planning.Reading;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetEvaluation;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetOutcome;
import vn.reformtrack.planning.YearFigures;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.results.ResultSummary;

/**
 * The overview of the leader's and coordinator's home pages and of {@code /dashboard}: five statements whatever the
 * size of the province (results, targets, tasks per unit, tasks per index, the frameworks).
 */
@Service
// Read-write: a page may write the read model's slice of the day (DashboardSlices).
@Transactional
public class ProvinceOverview {

    static final int BEHIND = 5;

    private final ProgressQueries progress;
    private final TargetQueries targets;
    private final OwnResults own;
    private final RankingDashboard rankings;
    private final ReportingQueries reporting;
    private final ComplianceReadModel compliance;
    private final Clock clock;

    ProvinceOverview(ProgressQueries progress, TargetQueries targets, OwnResults own, RankingDashboard rankings,
            ReportingQueries reporting, ComplianceReadModel compliance, Clock clock) {
        this.progress = progress;
        this.targets = targets;
        this.own = own;
        this.rankings = rankings;
        this.reporting = reporting;
        this.compliance = compliance;
        this.clock = clock;
    }

    public Overview overview(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod period = new DashboardPeriod(today.getYear(), ProgressPeriod.current(today), today);
        DashboardScope scope = DashboardScope.of(user);
        ProgressReadModel.UnitTotals units = progress.unitTotals(period.year(), today, scope, BEHIND);
        List<UnitProgress> behind = units.first().stream().filter(u -> u.counts().overdue() > 0).toList();
        Map<String, TaskCounts> byIndex = progress.byFramework(period.year(), today, scope);
        Map<String, List<ResultSummary>> histories = own.histories();
        List<TargetQueries.TargetRow> yearTargets = targets.ofYear(period.year());
        List<IndexTile> tiles = rankings.frameworks().stream()
                .map(framework -> tile(framework, histories, yearTargets, byIndex))
                .toList();
        return new Overview(period, scope.isUnit(), tiles, units.total(), behind, units.units(),
                compliance(scope, today));
    }

    /**
     * The current reporting period's counts (the grid's, from the read model {@link ComplianceReadModel}), or the unit's
     * own standing in it for a unit user.
     */
    private ReportingCompliance compliance(DashboardScope scope, LocalDate today) {
        if (!scope.isUnit()) {
            return reporting.currentPeriod()
                    .map(current -> new ReportingCompliance(current, compliance.counts(current, today), null))
                    .orElse(ReportingCompliance.NONE);
        }
        return reporting.currentPeriod()
                .map(current -> new ReportingCompliance(current, null, reporting.statusOf(scope.unitId(), current.id())))
                .orElse(ReportingCompliance.NONE);
    }

    private static IndexTile tile(FrameworkSummary framework, Map<String, List<ResultSummary>> histories,
            List<TargetQueries.TargetRow> yearTargets, Map<String, TaskCounts> byIndex) {
        String code = framework.code().toUpperCase(Locale.ROOT);
        List<ResultSummary> history = histories.getOrDefault(code, List.of());
        ResultSummary latest = history.isEmpty() ? null : history.get(history.size() - 1);
        ResultSummary previous = latest == null ? null : history.stream()
                .filter(r -> r.year() == latest.year() - 1).findFirst().orElse(null);
        List<TargetStatus> statuses = yearTargets.stream()
                .filter(t -> t.frameworkCode().equals(code))
                .map(t -> judge(t, framework, history))
                .toList();
        return new IndexTile(framework, latest, previous, history, statuses, byIndex.getOrDefault(code, TaskCounts.NONE));
    }

    /**
     * The latest result that has the figure the target measures (a published total for a score, a rank for a rank: some
     * years publish only one of them), read as the target reads its year's figure, judged, and the gap when not met.
     */
    static TargetStatus judge(TargetQueries.TargetRow target, FrameworkSummary framework, List<ResultSummary> history) {
        boolean ranks = target.metric() == TargetMetric.RANK || target.metric() == TargetMetric.TOP_N
                || target.metric() == TargetMetric.RANK_CHANGE;
        ResultSummary latest = null;
        for (ResultSummary result : history) {
            if (ranks ? result.rank() != null : result.total() != null) {
                latest = result;
            }
        }
        int latestYear = latest == null ? 0 : latest.year();
        ResultSummary previous = history.stream().filter(r -> r.year() == latestYear - 1).findFirst().orElse(null);
        Reading reading = Reading.UNKNOWN;
        if (latest != null) {
            YearFigures current = new YearFigures(latest.year(), latest, Map.of());
            YearFigures before = previous == null ? YearFigures.unknown(latest.year() - 1)
                    : new YearFigures(previous.year(), previous, Map.of());
            reading = target.metric().read(current, before, target.criterionId());
        }
        TargetOutcome judged = TargetEvaluation.evaluate(target.metric(), target.comparison(), target.value(),
                target.valueTo(), reading);
        BigDecimal gap = null;
        if (judged == TargetOutcome.NOT_MET) {
            boolean range = target.comparison() == TargetComparison.BETWEEN;
            gap = target.metric().higherIsBetter()
                    ? target.value().subtract(reading.low())
                    : reading.high().subtract(range ? target.valueTo() : target.value());
            gap = gap.signum() > 0 ? gap : null;
        }
        return new TargetStatus(target.planId(), target.planNumber(), target.planYear(), target.metric(),
                target.comparison(), target.value(), target.valueTo(), target.metric().unitKey(framework.scale()),
                latest == null ? 0 : latest.year(), reading, judged, gap);
    }
}
