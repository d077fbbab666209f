package vn.reformtrack.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The year and period a dashboard shows, from what the request asked (either may be missing or absurd: a dashboard
 * never fails on its parameters) and today: the current year and running period by default.
 *
 * @param asOf the day the figures are read on: the period's end, or today while it runs
 */
public record DashboardPeriod(int year, ProgressPeriod period, LocalDate asOf) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public static DashboardPeriod of(Integer year, ProgressPeriod period, LocalDate today) {
        int chosen = year == null || year < FIRST_YEAR || year > LAST_YEAR ? today.getYear() : year;
        ProgressPeriod chosenPeriod = period != null ? period
                : chosen == today.getYear() ? ProgressPeriod.current(today) : ProgressPeriod.YEAR;
        return new DashboardPeriod(chosen, chosenPeriod, chosenPeriod.asOf(chosen, today));
    }

    /** Whether the period has not started yet (a future year): nothing can be due. */
    public boolean notStarted() {
        return asOf.getYear() < year;
    }

    /** The years to offer: those with plans, this year and the one shown, newest first. */
    static List<Integer> years(List<Integer> withPlans, int shown, LocalDate today) {
        TreeSet<Integer> years = new TreeSet<>(withPlans);
        years.add(today.getYear());
        years.add(shown);
        return List.copyOf(years.descendingSet());
    }
}
