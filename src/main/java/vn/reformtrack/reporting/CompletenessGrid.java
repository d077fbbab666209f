package vn.reformtrack.reporting;

import java.util.List;

/** Units × periods of a year, with each period's counts; {@code expectedUnits} says who is asked to report. */
public record CompletenessGrid(int year, List<PeriodSummary> periods, List<GridRow> rows, List<PeriodCounts> counts,
        ReportingSettings.ExpectedUnits expectedUnits) {}
