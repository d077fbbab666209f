package vn.reformtrack.dashboard;

import vn.reformtrack.reporting.PeriodCounts;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.UnitStanding;

/**
 * Reporting compliance for the current reporting period, as the completeness grid counts it: for the province the
 * period's counts, for a unit user their own unit's standing. Null period: no open period has begun.
 */
public record ReportingCompliance(PeriodSummary period, PeriodCounts counts, UnitStanding own) {

    static final ReportingCompliance NONE = new ReportingCompliance(null, null, null);

    public boolean hasPeriod() {
        return period != null;
    }
}
