package vn.reformtrack.dashboard;

import vn.reformtrack.identity.CurrentUser;

/**
 * Whose work a dashboard shows: the whole province (coordinators, leaders, administrators), or one unit's (a unit
 * user's, whatever the request asks). Every read of this module is confined by it: the read model's through
 * {@link #parameter()} ({@code :province or unit_id = :scopeUnit}), the others with their own condition on the unit.
 *
 * @param unitId the unit a unit user is confined to; null for the whole province
 */
public record DashboardScope(Long unitId) {

    public static final DashboardScope PROVINCE = new DashboardScope(null);

    public static DashboardScope of(CurrentUser user) {
        if (!user.isUnitUser()) {
            return PROVINCE;
        }
        // A unit role always has a unit (a database constraint); -1 matches nothing should that ever fail.
        return new DashboardScope(user.unitId() == null ? -1L : user.unitId());
    }

    public boolean isUnit() {
        return unitId != null;
    }

    public boolean canSee(long otherUnitId) {
        return unitId == null || unitId == otherUnitId;
    }

    /** The value of {@code :scopeUnit} (always bound: an unused parameter is harmless). */
    long parameter() {
        return unitId == null ? -1L : unitId;
    }
}
