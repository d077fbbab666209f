package vn.reformtrack.dashboard.web;

import java.util.Locale;
import vn.reformtrack.dashboard.ProgressPeriod;

/** Request parameters read leniently: a dashboard shows its defaults rather than fail on a mistyped link. */
final class DashboardParams {

    private DashboardParams() {}

    static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static ProgressPeriod period(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ProgressPeriod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
