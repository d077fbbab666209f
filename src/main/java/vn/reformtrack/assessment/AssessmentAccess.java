package vn.reformtrack.assessment;

import org.springframework.security.access.AccessDeniedException;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

/**
 * Who may do what in a round, checked by the services on every read and write (menus and buttons only follow):
 * coordinators and administrators manage rounds, assign, estimate, appraise; a unit's staff and head see the criteria
 * their unit answers for or coordinates, once the round has started, and record those it answers for; only the head
 * submits the unit's part; leaders read everything and change nothing. A criterion a unit user may not see does not
 * exist for them (404).
 */
final class AssessmentAccess {

    private AssessmentAccess() {}

    static void requireManager(CurrentUser user) {
        if (!user.canManageProvince()) {
            throw new AccessDeniedException(user.username() + " may not manage assessment rounds");
        }
    }

    static boolean canSee(CurrentUser user, AssessmentRound round, AssessmentItem item) {
        if (user.isProvinceWide()) {
            return true;
        }
        return round.isVisibleToUnits() && user.unitId() != null
                && (item.isAnsweredBy(user.unitId()) || item.isCoordinatedBy(user.unitId()));
    }

    /** The responsible unit's staff and head record its criteria. */
    static void requireRecorder(CurrentUser user, AssessmentItem item) {
        if (!user.isUnitUser() || user.unitId() == null || !item.isAnsweredBy(user.unitId())) {
            throw new AccessDeniedException(user.username() + " may not record criterion item " + item.getId());
        }
    }

    /** A coordinating unit's staff and head add their own evidence. */
    static void requireContributor(CurrentUser user, AssessmentItem item) {
        if (!user.isUnitUser() || user.unitId() == null || !item.isCoordinatedBy(user.unitId())) {
            throw new AccessDeniedException(user.username() + " may not contribute to criterion item " + item.getId());
        }
    }

    static void requireHead(CurrentUser user) {
        if (!user.is(Role.UNIT_HEAD) || user.unitId() == null) {
            throw new AccessDeniedException(user.username() + " may not submit a unit's part");
        }
    }
}
