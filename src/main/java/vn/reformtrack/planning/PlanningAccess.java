package vn.reformtrack.planning;

import org.springframework.security.access.AccessDeniedException;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

/**
 * Who may do what in planning, checked by the services on every read and write (menus only follow):
 * coordinators and administrators manage plans, targets and tasks; a unit head names the responsible person of the
 * tasks their unit leads; unit users see only issued plans' tasks their unit leads or coordinates; leaders read all.
 */
final class PlanningAccess {

    private PlanningAccess() {}

    static void requireManager(CurrentUser user) {
        if (!user.canManageProvince()) {
            throw new AccessDeniedException(user.username() + " may not manage plans");
        }
    }

    static boolean canSee(CurrentUser user, Plan plan) {
        return user.isProvinceWide() || plan.isVisibleToUnits();
    }

    static boolean canSee(CurrentUser user, Plan plan, Task task) {
        if (user.isProvinceWide()) {
            return true;
        }
        return plan.isVisibleToUnits() && user.unitId() != null && task.involves(user.unitId());
    }

    /** Coordinators, and the head of the lead unit for their own unit's tasks. */
    static boolean canAssignResponsible(CurrentUser user, Task task) {
        return user.canManageProvince()
                || (user.is(Role.UNIT_HEAD) && user.unitId() != null && user.unitId() == task.getLeadUnitId());
    }
}
