package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.support.HttpBrowser;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Over real HTTP: sessions live in PostgreSQL, the id changes at sign-in, and disabling an account ends them. */
@IntegrationTest
class SessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    HttpBrowser browser;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void newBrowser() {
        HttpBrowser.restoreApplicationCsrfTokens(context);
        browser = new HttpBrowser(port);
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username).query(Long.class).single();
    }

    @Test
    void theSessionStartsAtSignInAndIsKeptInPostgresql() {
        var user = data.user(Role.LEADER, null);
        browser.get("/login");
        assertThat(browser.cookie("RTSESSION")).isNull();

        HttpResponse<String> signedIn = browser.signIn(user.getUsername(), TestData.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/");
        assertThat(browser.cookie("RTSESSION")).isNotNull();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(user.getUsername())).isEqualTo(1);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        var user = data.user(Role.LEADER, null);
        browser.signIn(user.getUsername(), TestData.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        var admin = data.user(Role.ADMIN, null);
        users.disable(user.getId(), users.get(user.getId()).getVersion(), admin.asCurrentUser());

        assertThat(sessionsOf(user.getUsername())).isZero();
        HttpResponse<String> afterwards = browser.get("/");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void aUnitUserOpeningAnAdministrationUrlGetsTheForbiddenPageInVietnamese() {
        var staff = data.user(Role.UNIT_STAFF, data.department("Sở").getId());
        browser.signIn(staff.getUsername(), TestData.PASSWORD);

        HttpResponse<String> page = browser.get("/admin/settings");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập").doesNotContain("Whitelabel");
        assertThat(browser.get("/no-such-page?lang=en").body()).contains("Not found");
    }
}
