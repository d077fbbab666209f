package vn.reformtrack.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserCommand;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.organization.UnitType;

/**
 * Makes the records a test needs through the application's own services, with unique codes and names so that tests
 * sharing one database never collide. Named after what they are, not after magic ids.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "Matkhau123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UnitService units;
    private final UserAdminService users;
    private final UserDetailsService userDetails;

    TestData(UnitService units, UserAdminService users, UserDetailsService userDetails) {
        this.units = units;
        this.users = users;
        this.userDetails = userDetails;
    }

    /** A unique suffix for codes and names. */
    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + SEQUENCE.incrementAndGet();
    }

    public Unit department(String name) {
        return unit(name, UnitType.DEPARTMENT, null);
    }

    public Unit unit(String name, UnitType type, Long parentId) {
        String code = unique("T");
        return units.create(new UnitCommand(code, name + " " + code, type, parentId));
    }

    /** An account whose password is {@link #PASSWORD} and that need not change it (as if it already had). */
    public UserAccount user(Role role, Long unitId) {
        String username = unique("u").toLowerCase();
        return users.createDemoAccount(
                new UserCommand(username, "Người dùng " + username, username + "@test.vn", null, role, unitId), PASSWORD);
    }

    /** An account created as an administrator creates one: with a temporary password to change at first sign-in. */
    public UserAccount newlyCreatedUser(Role role, Long unitId, String temporaryPassword) {
        String username = unique("n").toLowerCase();
        return users.create(
                new UserCommand(username, "Người mới " + username, null, null, role, unitId), temporaryPassword);
    }

    /** MockMvc: the request is made by this user, with the same principal a real sign-in produces. */
    public RequestPostProcessor as(UserAccount account) {
        return as(account.getUsername());
    }

    public RequestPostProcessor as(String username) {
        UserDetails principal = userDetails.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.user(principal);
    }
}
