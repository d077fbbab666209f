package vn.reformtrack.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrived on the management port ({@code management.server.port}), when it is one of its own: a province
 * opens it only to its monitoring network (and binds it there with {@code management.server.address}), so Prometheus
 * scrapes it without an account. On the application's own port the metrics are for administrators.
 */
final class ManagementPortRequests implements RequestMatcher {

    private final Environment environment;

    ManagementPortRequests(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer application = environment.getProperty("local.server.port", Integer.class);
        return management != null && management > 0 && !Objects.equals(management, application)
                && request.getLocalPort() == management;
    }
}
