package vn.reformtrack.identity;

import lombok.extern.slf4j.Slf4j;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * At start-up: outside demo mode, demo accounts are disabled (they must never work on a real deployment); when the
 * environment names a first administrator and no administrator exists yet, it is created.
 */
@Slf4j
@Component
class AccountBootstrap implements StartupTask {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final BootstrapAdminProperties bootstrapAdmin;
    private final DemoMode demoMode;

    AccountBootstrap(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            BootstrapAdminProperties bootstrapAdmin, DemoMode demoMode) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.bootstrapAdmin = bootstrapAdmin;
        this.demoMode = demoMode;
    }

    @Override
    public int order() {
        return StartupOrder.ACCOUNTS;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoMode.isOn()) {
            int disabled = accounts.disableDemoAccounts();
            if (disabled > 0) {
                log.warn("Demo mode is off: disabled {} demo account(s)", disabled);
            }
        }
        if (bootstrapAdmin.isSet() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) == 0) {
            if (accounts.findByUsername(bootstrapAdmin.username()).isPresent()) {
                log.warn("No active administrator, and the user name {} is taken: not created", bootstrapAdmin.username());
                return;
            }
            UserAccount admin = new UserAccount(bootstrapAdmin.username(), passwordEncoder.encode(bootstrapAdmin.password()), true);
            admin.describe(bootstrapAdmin.fullName(), null, null, Role.ADMIN, null);
            accounts.save(admin);
            log.info("Created the first administrator {}; the password must be changed at first sign-in", admin.getUsername());
        }
    }
}
