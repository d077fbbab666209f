package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.support.HttpBrowser;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Over real HTTP, what a signed-in page costs in session writes: none once the session is set up (the last access is
 * recorded at most once a minute), and a user's tabs opening together right after sign-in all get their page.
 */
@IntegrationTest
class SessionStoreTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private record Row(Timestamp lastAccess, long attributes, long xmin) {}

    private Row sessionRow(String username) {
        return jdbc.sql("""
                        select s.last_access_time, s.xmin::text::bigint as xmin,
                               (select count(*) from spring_session_attributes a where a.session_primary_id = s.primary_id)
                                   as attributes
                        from spring_session s where s.principal_name = ?""")
                .param(username)
                .query((rs, i) -> new Row(new Timestamp(rs.getLong("last_access_time")), rs.getLong("attributes"),
                        rs.getLong("xmin")))
                .single();
    }

    @Test
    void pagesAfterTheFirstReadTheSessionWithoutWritingIt() {
        var leader = data.user(Role.LEADER, null);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(leader.getUsername(), TestData.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        Row settled = sessionRow(leader.getUsername());

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
        }

        Row after = sessionRow(leader.getUsername());
        assertThat(after.lastAccess()).isEqualTo(settled.lastAccess());
        assertThat(after.xmin()).as("the row was not rewritten").isEqualTo(settled.xmin());
        assertThat(after.attributes()).isEqualTo(settled.attributes());
    }

    @Test
    void aSessionEndedBetweenTwoRequestsIsNotServedToTheSecond() {
        var leader = data.user(Role.LEADER, null);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(leader.getUsername(), TestData.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        jdbc.sql("delete from spring_session where principal_name = ?").param(leader.getUsername()).update();

        var next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aLastAccessOlderThanTheIntervalIsRecordedAgain() {
        var leader = data.user(Role.LEADER, null);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(leader.getUsername(), TestData.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where principal_name = ?")
                .param(leader.getUsername()).update();
        Row aged = sessionRow(leader.getUsername());

        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);

        assertThat(sessionRow(leader.getUsername()).lastAccess()).isAfter(aged.lastAccess());
    }

    @Test
    void tabsOpenedTogetherRightAfterSignInAllGetTheirPage() {
        var coordinator = data.user(Role.COORDINATOR, null);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(coordinator.getUsername(), TestData.PASSWORD);
        String session = browser.cookie("RTSESSION");
        HttpClient http = HttpClient.newHttpClient();

        List<CompletableFuture<HttpResponse<Void>>> tabs = IntStream.range(0, 8)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Cookie", "RTSESSION=" + session).build(), HttpResponse.BodyHandlers.discarding()))
                .toList();

        assertThat(tabs).allSatisfy(tab -> assertThat(tab.join().statusCode()).isEqualTo(200));
    }
}
