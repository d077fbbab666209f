package vn.reformtrack.identity;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import vn.reformtrack.identity.security.AppUserDetails;

/**
 * The signed-in user as every module sees it; declare it as a handler parameter to receive it. Unit users
 * ({@link Role#isUnitRole()}) are confined to {@link #unitId()}: services use {@link #canSeeUnit(long)} on every read
 * and write.
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long unitId) implements Serializable {

    /** The user behind a signed-in authentication (empty for anyone else). */
    public static Optional<CurrentUser> of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AppUserDetails details
                ? Optional.of(details.currentUser()) : Optional.empty();
    }

    public boolean isUnitUser() {
        return role.isUnitRole();
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Coordinators, leaders and administrators see the whole province. */
    public boolean isProvinceWide() {
        return !role.isUnitRole();
    }

    /** Coordinators and administrators change catalogs, results and plans. */
    public boolean canManageProvince() {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }

    public boolean canSeeUnit(long otherUnitId) {
        return isProvinceWide() || (unitId != null && unitId == otherUnitId);
    }
}
