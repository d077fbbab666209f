package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.apache.catalina.valves.RemoteIpValve;
import vn.reformtrack.support.HttpBrowser;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Over real HTTP: pages that need no session make none (every anonymous request used to write a session row), the
 * CSRF token lives in a cookie until sign-in, sign-in failures are counted per client address too, and forwarded
 * headers are believed only from the configured proxy.
 */
@IntegrationTest
class AnonymousRequestsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ApplicationContext context;

    /** No cookie jar: each request arrives as a new visitor, as a crawler or a load test sends them. */
    private final HttpClient visitor = HttpClient.newHttpClient();

    @BeforeEach
    void applicationCsrfTokens() {
        HttpBrowser.restoreApplicationCsrfTokens(context);
    }

    @Test
    void aThousandAnonymousRequestsLeaveNoSessionRow() throws Exception {
        long before = sessions();
        List<String> pages = List.of("/login", "/login?lang=en", "/", "/admin/users", "/no-such-page", "/login?error");
        for (int i = 0; i < 1000; i++) {
            HttpResponse<String> answer = visitor.send(get(pages.get(i % pages.size())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("RTSESSION="));
        }
        assertThat(sessions()).isEqualTo(before);

        // A browser that keeps its cookies and comes back is no different.
        HttpBrowser browser = new HttpBrowser(port);
        for (int i = 0; i < 20; i++) {
            assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        }
        assertThat(browser.cookie("RTSESSION")).isNull();
        assertThat(browser.cookie("RTCSRF")).isNotNull();
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theSignInFormsTokenWorksOnlyWithItsCookieAndTheSessionStartsAtSignIn() throws Exception {
        var user = data.user(Role.LEADER, null);
        HttpResponse<String> page = visitor.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        String token = token(page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("RTCSRF=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> withoutCookie = visitor.send(signInForm(user.getUsername(), TestData.PASSWORD, token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutCookie.statusCode()).isEqualTo(403);

        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> signedIn = browser.signIn(user.getUsername(), TestData.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/");
        assertThat(browser.cookie("RTSESSION")).isNotNull();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(user.getUsername())
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Static files have a security chain of their own that never reads the session (the two-node test shows them
     * served at once while the database is frozen); they keep the security headers.
     */
    @Test
    void aSignedInUsersStylesAndScriptsComeWithTheSecurityHeadersAndNoCookie() throws Exception {
        var user = data.user(Role.LEADER, null);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(user.getUsername(), TestData.PASSWORD);
        String page = browser.get("/").body();
        Matcher stylesheet = Pattern.compile("href=\"(/assets/css/[^\"]+\\.css)\"").matcher(page);
        Matcher script = Pattern.compile("src=\"(/webjars/[^\"]+\\.js)\"").matcher(page);
        assertThat(stylesheet.find() && script.find()).as("a stylesheet and a script on the page").isTrue();

        for (String file : List.of(stylesheet.group(1), script.group(1), "/assets/css/no-such-file.css")) {
            HttpResponse<String> answer = browser.get(file);
            assertThat(answer.statusCode()).as(file).isEqualTo(file.contains("no-such") ? 404 : 200);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(file).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(file).isPresent();
            assertThat(answer.headers().allValues("Set-Cookie")).as(file).isEmpty();
        }
    }

    @Test
    void aProtectedPageOpenedBeforeSignInIsWhereSignInLeadsWithoutASession() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> protectedPage = browser.get("/admin/users");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(browser.cookie("RTSESSION")).isNull();

        HttpResponse<String> signedIn = browser.signIn(admin.getUsername(), TestData.PASSWORD);

        assertThat(signedIn.headers().firstValue("Location")).get().asString().contains("/admin/users");
    }

    @Test
    void oneAddressTryingManyNamesIsLockedOutWhateverNameItTriesNext() throws Exception {
        var user = data.user(Role.LEADER, null);
        String attacker = "198.51.100." + (10 + (int) (System.nanoTime() % 200));
        jdbc.sql("delete from login_throttle_address where address = ?").param(attacker).update();
        String answer = null;
        for (int attempt = 1; attempt <= 40 && !"/login?throttled".equals(answer); attempt++) {
            answer = signInFrom(attacker, "ghost-" + TestData.unique("a"), "x" + attempt);
        }
        assertThat(answer).isEqualTo("/login?throttled");

        assertThat(signInFrom(attacker, user.getUsername(), TestData.PASSWORD)).isEqualTo("/login?throttled");
        assertThat(signInFrom("203.0.113.20", user.getUsername(), TestData.PASSWORD)).isEqualTo("/");
        HttpResponse<String> page = visitor.send(get("/login?throttled").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("quá nhiều lần đăng nhập sai từ máy này");
    }

    @Test
    void behindTheTrustedProxyTheCookieIsSecureAndTheClientAddressIsTheForwardedOne() throws Exception {
        RemoteIpValve valve = remoteIpValve();
        assertThat(valve.getInternalProxies()).isEqualTo("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");

        var user = data.user(Role.LEADER, null);
        HttpResponse<String> page = visitor.send(get("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = setCookie(page, "RTCSRF").orElseThrow();
        assertThat(csrfCookie).containsIgnoringCase("Secure");
        HttpResponse<String> signedIn = visitor.send(signInForm(user.getUsername(), TestData.PASSWORD, token(page.body()))
                        .header("X-Forwarded-Proto", "https")
                        .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(setCookie(signedIn, "RTSESSION")).get().asString().containsIgnoringCase("Secure");

        String client = "203.0.113." + (30 + (int) (System.nanoTime() % 200));
        jdbc.sql("delete from login_throttle_address where address = ?").param(client).update();
        signInFrom(client, "ghost-" + TestData.unique("p"), "wrong");
        assertThat(failuresFrom(client)).isEqualTo(1);
    }

    @Test
    void forwardedHeadersFromAnyOtherAddressAreIgnored() throws Exception {
        Optional<InetAddress> ownAddress = nonLoopbackAddress();
        if (ownAddress.isEmpty()) {
            // No other interface to come from: the valve's configuration (previous test) is what can be checked.
            assertThat(remoteIpValve().getInternalProxies()).doesNotContain("192").doesNotContain("10\\.");
            return;
        }
        String host = ownAddress.get().getHostAddress();
        String spoofed = "203.0.113." + (30 + (int) (System.nanoTime() % 200));
        jdbc.sql("delete from login_throttle_address where address in (?, ?)").param(spoofed).param(host).update();
        HttpResponse<String> page = visitor.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", spoofed).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(setCookie(page, "RTCSRF")).get().asString().doesNotContainIgnoringCase("Secure");

        String csrfCookie = setCookie(page, "RTCSRF").orElseThrow();
        visitor.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", spoofed)
                .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString("username=ghost&password=wrong&_csrf="
                        + URLEncoder.encode(token(page.body()), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(failuresFrom(spoofed)).isZero();
        assertThat(failuresFrom(host)).isEqualTo(1);
    }

    /** Signs in with a fresh cookie jar through the loopback proxy that says the client is {@code address}. */
    private String signInFrom(String address, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = client.send(get("/login").header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answer = client.send(signInForm(username, password, token(page.body()))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery());
    }

    private long failuresFrom(String address) {
        return jdbc.sql("select coalesce(sum(failures), 0) from login_throttle_address where address = ?")
                .param(address).query(Long.class).single();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private RemoteIpValve remoteIpValve() {
        return java.util.Arrays.stream(((TomcatWebServer) server.getWebServer()).getTomcat().getEngine().getPipeline()
                        .getValves())
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private HttpRequest.Builder signInForm(String username, String password, String token) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "=")).findFirst();
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(Inet4Address.class::isInstance)
                .findFirst();
    }
}
