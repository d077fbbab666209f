package vn.reformtrack.dashboard;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.dashboard.DashboardSlices.Model;
import vn.reformtrack.organization.UnitChanged;
import vn.reformtrack.planning.PlanIssued;
import vn.reformtrack.planning.PlanningChanged;
import vn.reformtrack.reporting.PeriodChanged;
import vn.reformtrack.reporting.ReportEvent;

/**
 * Keeps the dashboards' read model in step with the modules' events, in the writer's own transaction, just before it
 * commits: the figures change with the change, or not at all if it rolls back, and the next page load shows them.
 *
 * <p>Why not Spring Modulith's {@code @ApplicationModuleListener}: it runs after the commit, asynchronously, in a
 * transaction of its own, so a page loaded right after a finished task or an accepted report could still show the old
 * figures, and a failure between the two commits would leave them wrong until the next change. A plain
 * {@code @EventListener} would run in the transaction too, but at the moment of publication, before the rest of the use
 * case; {@code BEFORE_COMMIT} runs once the use case is done. Publishers flush their changes before publishing, so the
 * recount sees them. Each listener takes the read model's lock ({@link DashboardSlices#lock}) before touching slices.
 *
 * <p>A task change recounts the lead units' progress rows of every slice of the year (a few statements on one unit's
 * tasks); everything else drops the year's slices of the models it touches, which the next read writes again.
 */
@Component
class ReadModelUpdates {

    private final DashboardSlices slices;
    private final ProgressReadModel progress;
    private final JdbcClient jdbc;

    ReadModelUpdates(DashboardSlices slices, ProgressReadModel progress, JdbcClient jdbc) {
        this.slices = slices;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void planningChanged(PlanningChanged event) {
        if (event.years().isEmpty()) {
            return;
        }
        slices.lock();
        for (int year : new TreeSet<>(event.years())) {
            if (event.wholeYears()) {
                slices.drop(Model.PROGRESS, Set.of(year));
            } else {
                progress.rewrite(year, event.leadUnitIds());
            }
        }
        // What units owe depends on the tasks active in each period, and a plan's tasks stay active past its year
        // until it is closed (and from its issue, which may fall in the year before).
        List<Integer> reached = reportingYears().stream()
                .filter(year -> year >= Collections.min(event.years()) - 1).toList();
        slices.drop(Model.TIMELINESS, reached);
        slices.drop(Model.COMPLIANCE, reached);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void planIssued(PlanIssued event) {
        planningChanged(PlanningChanged.ofYears(Set.of(event.year())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void reportChanged(ReportEvent event) {
        int year = jdbc.sql("select year from reporting_period where id = :id").param("id", event.periodId())
                .query(Integer.class).single();
        reportingChanged(year);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void periodChanged(PeriodChanged event) {
        reportingChanged(event.year());
    }

    /**
     * Whether a unit is active decides whether it owes reports: every year's reporting figures are dropped. The progress
     * slices' rows stay, but their reads show the units' names: they get new versions.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void unitChanged(UnitChanged event) {
        slices.lock();
        List<Integer> years = reportingYears();
        slices.drop(Model.TIMELINESS, years);
        slices.drop(Model.COMPLIANCE, years);
        slices.touch(Model.PROGRESS, null);
    }

    /** The years that have reporting slices (read under the lock). */
    private List<Integer> reportingYears() {
        return jdbc.sql("select distinct year from dashboard_slice where model <> 'PROGRESS' order by year")
                .query(Integer.class).list();
    }

    private void reportingChanged(int year) {
        slices.lock();
        slices.drop(Model.TIMELINESS, Set.of(year));
        slices.drop(Model.COMPLIANCE, Set.of(year));
    }
}
