package vn.reformtrack.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Requests that arrived on the management port ({@code management.server.port}), when it is one of its own: a province
 * opens it only to its monitoring network (and binds it there with {@code management.server.address}), so Prometheus
 * scrapes it without an account. On the application's own port the metrics are for administrators.
 *
 * <p>The ports are taken from the servers as they start (the management server's context publishes to this one), not
 * asked of the environment on each request: that read went through every property source and a type conversion, some
 * 2–3 % of every page's time under load. Until the servers have started (and in tests without one) nothing matches.
 */
@Component
final class ManagementPortRequests implements RequestMatcher, ApplicationListener<WebServerInitializedEvent> {

    private static final String MANAGEMENT = "management";

    private volatile int applicationPort;
    private volatile int managementPort;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        if (MANAGEMENT.equals(event.getApplicationContext().getServerNamespace())) {
            managementPort = port;
        } else if (event.getApplicationContext().getServerNamespace() == null) {
            applicationPort = port;
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        int management = managementPort;
        return management > 0 && management != applicationPort && request.getLocalPort() == management;
    }
}
