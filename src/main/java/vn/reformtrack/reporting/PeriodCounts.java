package vn.reformtrack.reporting;

/**
 * How a period's reporting stands: units expected, and among them those whose submission stands (on time, late),
 * missing ones (not sent by the due date), returned, accepted, waiting for review, and those not yet due.
 */
public record PeriodCounts(PeriodSummary period, long expected, long delivered, long onTime, long late, long missing,
        long returned, long accepted, long awaitingReview, long notYetDue) {

    /** Percentage of expected units whose report Home Affairs has (0 when nobody is expected). */
    public int deliveredPercent() {
        return expected == 0 ? 0 : (int) Math.round(delivered * 100.0 / expected);
    }
}
