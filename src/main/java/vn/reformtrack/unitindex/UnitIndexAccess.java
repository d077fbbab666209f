package vn.reformtrack.unitindex;

import org.springframework.security.access.AccessDeniedException;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

/**
 * Who may do what, checked by the services on every read and write (menus and buttons only follow). Coordinators and
 * administrators run the index: groups, sets, rounds, the council, publication; the chair is one of them. Leaders
 * read everything and change nothing. A unit's staff and head see and record their own unit's sheet; only the head
 * submits it and explains its preliminary scores. Council members (any account named to the council) appraise their
 * areas for every unit and read what backs those scores. Anything a user may not see does not exist for them (404).
 */
final class UnitIndexAccess {

    private UnitIndexAccess() {}

    static void requireManager(CurrentUser user) {
        if (!user.canManageProvince()) {
            throw new AccessDeniedException(user.username() + " may not run the unit index");
        }
    }

    /** The unit's own staff and head. */
    static boolean ofUnit(CurrentUser user, long unitId) {
        return user.isUnitUser() && user.unitId() != null && user.unitId() == unitId;
    }

    static void requireHeadOf(CurrentUser user, long unitId) {
        if (!user.is(Role.UNIT_HEAD) || !ofUnit(user, unitId)) {
            throw new AccessDeniedException(user.username() + " is not the head of unit " + unitId);
        }
    }
}
