package vn.reformtrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Plain HTTP against the running test server, with cookies, for what MockMvc cannot show: the servlet container's
 * own error pages, real session cookies, headers on the wire.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    public HttpBrowser(int port) {
        this.port = port;
    }

    /**
     * MockMvc's {@code csrf()} swaps the shared application's CSRF token store for a session-based one (Spring
     * Security's test support does so on the real filter), after which every page the test server serves makes a
     * session: a test about sessions over real HTTP puts the application's own store back first.
     */
    public static void restoreApplicationCsrfTokens(ApplicationContext context) {
        CsrfTokenRepository tokens = context.getBean(CsrfTokenRepository.class);
        context.getBean(FilterChainProxy.class).getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(CsrfFilter.class::isInstance)
                .forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", tokens));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").build());
    }

    /** Signs in through the real form (with its CSRF token); answers the sign-in response (a redirect). */
    public HttpResponse<String> signIn(String username, String password) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
