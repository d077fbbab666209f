package vn.reformtrack.audit;

import java.time.Instant;
import java.util.List;

/**
 * A line of the trail's list: who (user name and the unit they acted for), when, from where, what kind of act,
 * whether it changed an account's permissions, the first records it changed (and how many in all), and the detail of
 * an act that is not a change.
 */
public record AuditRow(long id, Instant at, String username, Long unitId, String remoteAddress, AuditKind kind,
        boolean permission, List<ChangedRecord> changes, int changeCount, List<AuditDetail.Line> detail) {

    public boolean hasMoreChanges() {
        return changeCount > changes.size();
    }
}
