package vn.reformtrack.dashboard;

import java.util.List;

/**
 * The league table of the province's own units on a period's last day, best first, with the rules (weights and tier
 * thresholds) it was scored by.
 *
 * @param reportsCounted whether report timeliness is part of the score (it needs periodic reports)
 */
public record LeagueReport(DashboardPeriod period, boolean unitScoped, LeagueSettings.Rules rules, boolean reportsCounted,
        List<LeagueRow> rows, List<Integer> years) {

    public List<LeagueRow> rated() {
        return rows.stream().filter(row -> row.score() != null).toList();
    }

    public long count(LeagueTier tier) {
        return rows.stream().filter(row -> row.tier() == tier).count();
    }
}
