package vn.reformtrack.dashboard;

import java.util.List;

/**
 * What a unit has to do now: its open tasks of issued plans that are overdue, and those due within
 * {@link UnitAgendaQueries#SOON_DAYS} days (at most {@link UnitAgendaQueries#SHOWN} of each, with the full counts).
 */
public record UnitAgenda(List<AgendaTask> overdue, long overdueCount, List<AgendaTask> dueSoon, long dueSoonCount,
        int soonDays) {}
