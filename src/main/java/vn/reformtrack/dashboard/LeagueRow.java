package vn.reformtrack.dashboard;

import java.math.BigDecimal;

/**
 * A unit in the league table: its tasks, the three measures in percent, the weighted score and its tier. A unit with
 * nothing to judge yet (no task due, no report due) has no score and no tier.
 *
 * @param position    the unit's place, equal scores sharing one (null without a score, and for unit users)
 * @param reports     its periodic reports due so far: on time, late, missing (null when reports are not counted or
 *                    none was due from it)
 */
public record LeagueRow(Integer position, long unitId, String unitName, TaskCounts counts, BigDecimal completionRate,
        BigDecimal onTimeRate, ReportCounts reports, BigDecimal reportRate, BigDecimal score,
        LeagueTier tier) {}
