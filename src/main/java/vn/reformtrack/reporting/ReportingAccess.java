package vn.reformtrack.reporting;

import org.springframework.security.access.AccessDeniedException;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * Who may do what with reports, in one place: a unit's staff and head write its report and only the head submits or
 * withdraws it; coordinators (and administrators standing in) manage periods and review; leaders read everything.
 * A unit user asking for another unit's report is told it does not exist.
 */
final class ReportingAccess {

    private ReportingAccess() {}

    static void requireManager(CurrentUser user) {
        if (!user.canManageProvince()) {
            throw new AccessDeniedException("Only coordinators manage reporting periods and review reports");
        }
    }

    static boolean canSee(CurrentUser user, UnitReport report) {
        return user.canSeeUnit(report.getUnitId());
    }

    static void requireVisible(CurrentUser user, UnitReport report) {
        if (!canSee(user, report)) {
            throw new NotFoundException("UnitReport", report.getId());
        }
    }

    /** The unit's own people write its report. */
    static boolean isMember(CurrentUser user, long unitId) {
        return user.isUnitUser() && user.unitId() != null && user.unitId() == unitId;
    }

    static void requireMember(CurrentUser user, UnitReport report) {
        requireVisible(user, report);
        if (!isMember(user, report.getUnitId())) {
            throw new AccessDeniedException("Only the unit's own people write its report");
        }
    }

    static boolean canSubmit(CurrentUser user, long unitId) {
        return isMember(user, unitId) && user.is(Role.UNIT_HEAD);
    }

    static void requireHead(CurrentUser user, UnitReport report) {
        requireVisible(user, report);
        if (!canSubmit(user, report.getUnitId())) {
            throw new AccessDeniedException("Only the unit's head submits or withdraws its report");
        }
    }
}
