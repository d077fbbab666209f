package vn.reformtrack.dashboard;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.reporting.PeriodCounts;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportingQueries;

/**
 * The current reporting period's counts on a day (table {@code dashboard_compliance}), as reporting counts them for its
 * grid: written once a day from reporting's own count, dropped by {@link ReadModelUpdates} when a report, a period, a
 * task or a unit changes.
 */
@Component
class ComplianceReadModel {

    private final JdbcClient jdbc;
    private final DashboardSlices slices;
    private final ReportingQueries reporting;

    ComplianceReadModel(JdbcClient jdbc, DashboardSlices slices, ReportingQueries reporting) {
        this.jdbc = jdbc;
        this.slices = slices;
        this.reporting = reporting;
    }

    PeriodCounts counts(PeriodSummary period, LocalDate today) {
        slices.ensure(DashboardSlices.Model.COMPLIANCE, period.year(), today, period.id(), () -> {
            slices.dropPastDays(DashboardSlices.Model.COMPLIANCE, period.year());
            PeriodCounts counts = reporting.counts(period.id());
            jdbc.sql("""
                            insert into dashboard_compliance (period_id, as_of, year, expected, delivered, on_time, late,
                                                              missing, returned, accepted, awaiting_review, not_yet_due)
                            values (:period, :asOf, :year, :expected, :delivered, :onTime, :late, :missing, :returned,
                                    :accepted, :awaiting, :notYetDue)""")
                    .param("period", period.id()).param("asOf", today).param("year", period.year())
                    .param("expected", counts.expected()).param("delivered", counts.delivered())
                    .param("onTime", counts.onTime()).param("late", counts.late()).param("missing", counts.missing())
                    .param("returned", counts.returned()).param("accepted", counts.accepted())
                    .param("awaiting", counts.awaitingReview()).param("notYetDue", counts.notYetDue())
                    .update();
        });
        return jdbc.sql("select * from dashboard_compliance where period_id = :period and as_of = :asOf")
                .param("period", period.id()).param("asOf", today)
                .query((rs, i) -> new PeriodCounts(period, rs.getLong("expected"), rs.getLong("delivered"),
                        rs.getLong("on_time"), rs.getLong("late"), rs.getLong("missing"), rs.getLong("returned"),
                        rs.getLong("accepted"), rs.getLong("awaiting_review"), rs.getLong("not_yet_due")))
                .single();
    }
}
