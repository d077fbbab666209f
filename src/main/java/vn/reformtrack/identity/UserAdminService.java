package vn.reformtrack.identity;

import java.time.Clock;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * An administrator's work on accounts. A new or reset account gets a temporary password that must be changed at
 * the first sign-in; an administrator cannot lock themselves out, nor leave the system without an active
 * administrator.
 */
@Service
@Transactional
public class UserAdminService {

    private final UserAccountRepository accounts;
    private final UserQueries queries;
    private final UnitDirectory units;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdminService(UserAccountRepository accounts, UserQueries queries, UnitDirectory units,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserRow> search(UserFilter filter, Pageable pageable) {
        return queries.search(filter, pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    public UserAccount create(UserCommand command, String temporaryPassword) {
        String username = UserAccount.normalizeUsername(command.username());
        if (accounts.findByUsername(username).isPresent()) {
            throw RuleViolationException.onField("username", "user.error.usernameTaken", username);
        }
        requirePasswordPolicy(temporaryPassword, username, "password");
        requireUnitFits(command.role(), command.unitId(), null);
        UserAccount account = new UserAccount(username, passwordEncoder.encode(temporaryPassword), true);
        account.describe(command.fullName(), command.email(), command.phone(), command.role(), command.unitId());
        return accounts.save(account);
    }

    /**
     * A demo account: its password ({@code demo123}) is known from the README, so it skips the policy and the forced
     * change; {@link AccountBootstrap} disables it whenever demo mode is off.
     */
    public UserAccount createDemoAccount(UserCommand command, String password) {
        UserAccount account = new UserAccount(command.username(), passwordEncoder.encode(password), false);
        account.describe(command.fullName(), command.email(), command.phone(), command.role(), command.unitId());
        account.markDemo();
        return accounts.save(account);
    }

    public UserAccount update(long id, long version, UserCommand command, CurrentUser actor) {
        UserAccount account = get(id);
        ConcurrentEditException.check("User", id, version, account.getVersion());
        requireUnitFits(command.role(), command.unitId(), account.getUnitId());
        boolean accessChanges = account.getRole() != command.role() || !Objects.equals(account.getUnitId(), command.unitId());
        if (accessChanges && account.getId() == actor.id()) {
            throw RuleViolationException.onField("role", "user.error.ownAccess");
        }
        if (account.getRole() == Role.ADMIN && command.role() != Role.ADMIN && account.isEnabled()) {
            requireAnotherAdmin();
        }
        account.describe(command.fullName(), command.email(), command.phone(), command.role(), command.unitId());
        if (accessChanges) {
            events.publishEvent(new AccountAccessChanged(account.getUsername()));
        }
        return account;
    }

    public void resetPassword(long id, long version, String temporaryPassword) {
        UserAccount account = get(id);
        ConcurrentEditException.check("User", id, version, account.getVersion());
        requirePasswordPolicy(temporaryPassword, account.getUsername(), "password");
        account.resetPassword(passwordEncoder.encode(temporaryPassword), clock.instant());
        events.publishEvent(new AccountAccessChanged(account.getUsername()));
    }

    public void disable(long id, long version, CurrentUser actor) {
        UserAccount account = get(id);
        ConcurrentEditException.check("User", id, version, account.getVersion());
        if (account.getId() == actor.id()) {
            throw new RuleViolationException("user.error.disableSelf");
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled()) {
            requireAnotherAdmin();
        }
        account.disable();
        events.publishEvent(new AccountAccessChanged(account.getUsername()));
    }

    public void enable(long id, long version) {
        UserAccount account = get(id);
        ConcurrentEditException.check("User", id, version, account.getVersion());
        if (account.getUnitId() != null && units.find(account.getUnitId()).filter(UnitSummary::active).isEmpty()) {
            throw new RuleViolationException("user.error.unitInactive");
        }
        account.enable();
    }

    private void requireAnotherAdmin() {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new RuleViolationException("user.error.lastAdmin");
        }
    }

    private void requirePasswordPolicy(String password, String username, String field) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw RuleViolationException.onField(field, key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
    }

    /** Unit roles need an active unit; a unit that is kept unchanged may have been deactivated since. */
    private void requireUnitFits(Role role, Long unitId, Long currentUnitId) {
        if (role.isUnitRole() && unitId == null) {
            throw RuleViolationException.onField("unitId", "user.error.unitRequired");
        }
        if (unitId == null || unitId.equals(currentUnitId)) {
            return;
        }
        UnitSummary unit = units.find(unitId)
                .orElseThrow(() -> RuleViolationException.onField("unitId", "user.error.unitMissing"));
        if (!unit.active()) {
            throw RuleViolationException.onField("unitId", "user.error.unitInactive");
        }
    }
}
