package vn.reformtrack.dashboard;

import java.math.BigDecimal;

/**
 * A unit in the league table: its tasks, the three measures in percent, the weighted score and its tier. A unit with
 * nothing to judge yet (no task due, no report due) has no score and no tier.
 *
 * @param position    the unit's place, equal scores sharing one (null without a score, and for unit users)
 * @param reportsDue  periodic reports due so far (null when reports are not counted)
 */
public record LeagueRow(Integer position, long unitId, String unitName, TaskCounts counts, BigDecimal completionRate,
        BigDecimal onTimeRate, Long reportsOnTime, Long reportsDue, BigDecimal reportRate, BigDecimal score,
        LeagueTier tier) {}
