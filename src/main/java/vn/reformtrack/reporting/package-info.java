/**
 * Periodic reporting (báo cáo định kỳ): the reporting periods of a year (quarter, 6 months, 9 months, year, ad hoc),
 * each unit's report on the tasks it leads or coordinates with evidence, the review by Home Affairs (submit, withdraw,
 * review, return, accept, reopen — each recorded and published as a {@link vn.reformtrack.reporting.ReportEvent}),
 * the completeness grid with the chasing list, and the province's consolidated report (.docx, .xlsx).
 *
 * <p>Other modules read it through {@link vn.reformtrack.reporting.ReportingQueries} (current period, a unit's
 * standing, the grid's counts) and listen to {@link vn.reformtrack.reporting.ReportEvent}s. Accepted progress reaches
 * planning through {@code TaskProgressRecorder}; a lead unit reads its coordinating units' evidence through
 * {@link vn.reformtrack.reporting.CoordinatedEvidenceGrant}. Tables: see {@code V40__reporting.sql}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.reformtrack.reporting;
