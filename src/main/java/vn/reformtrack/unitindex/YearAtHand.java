package vn.reformtrack.unitindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.reporting.CompletenessGrid;
import vn.reformtrack.reporting.GridRow;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.reporting.UnitStanding;

/**
 * What a unit did in the round's year, at hand when it scores itself: its periodic reports (those it has) and the
 * tasks it led or helped with. A score may name them as evidence; only these may be named.
 */
@Component
class YearAtHand {

    private final ReportingQueries reporting;
    private final PlanningQueries planning;

    YearAtHand(ReportingQueries reporting, PlanningQueries planning) {
        this.reporting = reporting;
        this.planning = planning;
    }

    List<YearReport> reports(long unitId, int year) {
        CompletenessGrid grid = reporting.gridOfUnit(year, unitId);
        List<YearReport> reports = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            if (row.unitId() != unitId) {
                continue;
            }
            for (PeriodSummary period : grid.periods()) {
                UnitStanding cell = row.cell(period.id());
                if (cell.reportId() != null) {
                    reports.add(new YearReport(cell.reportId(), period.nameKey(), period.title(), period.year(),
                            cell.status()));
                }
            }
        }
        return reports;
    }

    List<YearTask> tasks(long unitId, int year) {
        return planning.tasksOfUnit(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(task -> new YearTask(task.task().id(), task.task().title(), task.task().planDocumentNumber(),
                        task.task().status(), task.task().progressPercent()))
                .toList();
    }
}
