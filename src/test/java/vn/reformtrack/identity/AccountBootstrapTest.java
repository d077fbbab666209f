package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.support.IntegrationTest;

/** Start-up rules for accounts; each test rolls back, so the shared database keeps its demo accounts. */
@IntegrationTest
@Transactional
class AccountBootstrapTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    private AccountBootstrap bootstrap(boolean demo, String adminName, String adminPassword) {
        DemoMode mode = new DemoMode(new MockEnvironment().withProperty("reformtrack.demo.enabled", String.valueOf(demo)));
        return new AccountBootstrap(accounts, passwordEncoder,
                new BootstrapAdminProperties(adminName, adminPassword, "Quản trị"), mode);
    }

    @Test
    void theDemoAccountsExistInDemoMode() {
        assertThat(accounts.findByUsername("coordinator")).get().satisfies(account -> {
            assertThat(account.isDemoAccount()).isTrue();
            assertThat(account.isEnabled()).isTrue();
            assertThat(account.isMustChangePassword()).isFalse();
            assertThat(passwordEncoder.matches("demo123", account.getPasswordHash())).isTrue();
        });
    }

    @Test
    void outsideDemoModeTheDemoAccountsAreDisabled() {
        bootstrap(false, null, null).run();
        assertThat(jdbc.sql("select count(*) from user_account where demo_account and enabled").query(Long.class).single())
                .isZero();
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentOnlyWhenNoneExists() {
        jdbc.sql("update user_account set enabled = false where role = 'ADMIN'").update();
        bootstrap(false, "quantri", "Batdau2026").run();

        UserAccount admin = accounts.findByUsername("quantri").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();

        bootstrap(false, "quantri2", "Batdau2026").run();
        assertThat(accounts.findByUsername("quantri2")).isEmpty();
    }
}
