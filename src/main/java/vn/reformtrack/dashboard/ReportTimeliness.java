package vn.reformtrack.dashboard;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per unit, how many of the periodic reports due in a year by a given day were submitted by their due date. The
 * reports live in the reporting module's tables; until that module exists there is nothing to count, and the league
 * table leaves the measure out (saying so) rather than scoring every unit zero.
 */
@Component
@Transactional(readOnly = true)
class ReportTimeliness {

    /** Reports submitted on time and reports due, for one unit. */
    record Count(long onTime, long due) {

        java.math.BigDecimal rate() {
            return TaskCounts.percent(onTime, due);
        }
    }

    boolean available() {
        return false;
    }

    Map<Long, Count> byUnit(int year, LocalDate asOf, DashboardScope scope) {
        return Map.of();
    }
}
