package vn.reformtrack.reporting;

import java.time.Instant;

/**
 * What happened to a unit's report, published when the transition is saved (Spring application events, within the
 * transaction; listen with {@code @TransactionalEventListener} or {@code @ApplicationModuleListener} to act after
 * commit). Every event names the report, its period and unit, who acted and when.
 */
public sealed interface ReportEvent {

    long reportId();

    long periodId();

    long unitId();

    String by();

    Instant at();

    /** The head sent the report; {@code resubmission} after a return. */
    record Submitted(long reportId, long periodId, long unitId, String by, Instant at, Timeliness timeliness,
            boolean resubmission) implements ReportEvent {}

    /** The head took the submission back before the review started. */
    record Withdrawn(long reportId, long periodId, long unitId, String by, Instant at) implements ReportEvent {}

    record ReviewStarted(long reportId, long periodId, long unitId, String by, Instant at) implements ReportEvent {}

    /** The coordinator sent it back with a comment (overall and/or on entries). */
    record Returned(long reportId, long periodId, long unitId, String by, Instant at, String comment,
            int entryComments) implements ReportEvent {}

    /** Accepted: its lead entries' progress has been recorded on the tasks ({@code tasksMoved} of them changed). */
    record Accepted(long reportId, long periodId, long unitId, String by, Instant at, int tasksMoved)
            implements ReportEvent {}

    /** A coordinator let the unit enter again after the period's entry locked. */
    record Reopened(long reportId, long periodId, long unitId, String by, Instant at) implements ReportEvent {}
}
