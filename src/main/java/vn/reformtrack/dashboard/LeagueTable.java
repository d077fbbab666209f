package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.settings.Settings;

/**
 * The province's units ranked by what they were asked to do: the share of their due tasks finished, the share finished
 * on time, and the share of their periodic reports submitted on time, weighted as the settings say. The measures are
 * SQL aggregates; the score is their weighted mean over the measures a unit has figures for.
 */
@Service
// Read-write: a page may write the read model's slice of the day (DashboardSlices).
@Transactional
public class LeagueTable {

    private final ProgressQueries progress;
    private final ReportTimeliness reports;
    private final Settings settings;
    private final Clock clock;

    LeagueTable(ProgressQueries progress, ReportTimeliness reports, Settings settings, Clock clock) {
        this.progress = progress;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    public LeagueReport report(Integer year, ProgressPeriod period, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        DashboardPeriod shown = DashboardPeriod.of(year, period, today);
        DashboardScope scope = DashboardScope.of(user);
        LeagueSettings.Rules rules = LeagueSettings.Rules.read(settings);
        boolean reportsCounted = rules.reports() > 0 && reports.anyDue(shown.year(), shown.asOf());
        Map<Long, ReportCounts> reportCounts = reportsCounted
                ? new LinkedHashMap<>(reports.byUnit(shown.year(), shown.asOf(), scope)) : new LinkedHashMap<>();
        List<LeagueRow> rows = new ArrayList<>();
        for (UnitProgress unit : progress.byUnit(shown.year(), shown.asOf(), scope)) {
            rows.add(row(unit, reportCounts.remove(unit.unitId()), rules, reportsCounted));
        }
        // Units that owed reports without leading a task (they coordinate): judged on their reports alone.
        for (ReportCounts count : reportCounts.values()) {
            rows.add(row(new UnitProgress(count.unitId(), count.unitName(), TaskCounts.NONE), count, rules, true));
        }
        rows.sort(Comparator.comparing(LeagueRow::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LeagueRow::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LeagueRow::unitName));
        return new LeagueReport(shown, scope.isUnit(), rules, reportsCounted,
                scope.isUnit() ? rows : positioned(rows), DashboardPeriod.years(progress.planYears(), shown.year(), today));
    }

    static LeagueRow row(UnitProgress unit, ReportCounts reports, LeagueSettings.Rules rules,
            boolean reportsCounted) {
        TaskCounts counts = unit.counts();
        BigDecimal completion = counts.completionRate();
        BigDecimal onTime = counts.onTimeRate();
        BigDecimal reportRate = reports == null ? null : reports.rate();
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        if (completion != null && rules.completion() > 0) {
            weighted = weighted.add(completion.multiply(BigDecimal.valueOf(rules.completion())));
            weights += rules.completion();
        }
        if (onTime != null && rules.onTime() > 0) {
            weighted = weighted.add(onTime.multiply(BigDecimal.valueOf(rules.onTime())));
            weights += rules.onTime();
        }
        if (reportsCounted && reportRate != null && rules.reports() > 0) {
            weighted = weighted.add(reportRate.multiply(BigDecimal.valueOf(rules.reports())));
            weights += rules.reports();
        }
        BigDecimal score = weights == 0 ? null : weighted.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
        return new LeagueRow(null, unit.unitId(), unit.unitName(), counts, completion, onTime, reports, reportRate, score,
                score == null ? null : rules.tier(score));
    }

    /** Places in standard competition order (1, 2, 2, 4); rows without a score get none. */
    private static List<LeagueRow> positioned(List<LeagueRow> sorted) {
        List<LeagueRow> placed = new ArrayList<>(sorted.size());
        Integer position = null;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            LeagueRow row = sorted.get(i);
            if (row.score() != null && (previous == null || row.score().compareTo(previous) != 0)) {
                position = i + 1;
                previous = row.score();
            }
            placed.add(new LeagueRow(row.score() == null ? null : position, row.unitId(), row.unitName(), row.counts(),
                    row.completionRate(), row.onTimeRate(), row.reports(), row.reportRate(),
                    row.score(), row.tier()));
        }
        return placed;
    }
}
