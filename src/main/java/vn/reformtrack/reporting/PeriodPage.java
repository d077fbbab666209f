package vn.reformtrack.reporting;

import org.springframework.data.domain.Page;

/**
 * A period's page: its counts over every expected unit of the province, whatever the filter, and the expected units
 * the filter finds (a page of them, in the grid's order), each with its standing.
 */
public record PeriodPage(PeriodCounts counts, Page<GridRow> units) {}
