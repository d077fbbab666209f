package vn.reformtrack.reporting;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A page of the completeness grid: the year's periods, the units the filter finds (a page of them, in the grid's
 * order) and each period's counts over every expected unit of the province, whatever the filter and the page.
 */
public record GridPage(int year, List<PeriodSummary> periods, Page<GridRow> rows, List<PeriodCounts> counts,
        ReportingSettings.ExpectedUnits expectedUnits) {}
