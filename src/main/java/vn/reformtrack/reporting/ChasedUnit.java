package vn.reformtrack.reporting;

import java.util.List;
import vn.reformtrack.identity.UserSummary;

/**
 * A unit that owes a period's report, with whom to call: its heads, and its staff when it has no head on record.
 */
public record ChasedUnit(long unitId, String unitCode, String unitName, CellStatus status, Long reportId,
        List<UserSummary> heads, List<UserSummary> staff) {}
