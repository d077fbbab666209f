package vn.reformtrack.shared.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import vn.reformtrack.shared.db.DatabaseOutage;

/**
 * Answers a request that failed because the database did not answer with the "temporarily unavailable" page (503,
 * {@code Retry-After}), wherever it failed: in a handler, or before one, where Spring Session reads the session row
 * (every signed-in request does), or after, where it writes it back. It sits outside the session filter, so the page
 * needs neither the session nor the database; an error dispatch would have gone through both again and ended on the
 * servlet container's bare page. The database's connection and socket timeouts (application.yml) bound the wait: a
 * stopped or frozen server gives this page within seconds, and the next request after it returns works again.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "15";

    private final FilterErrorPage page;

    DatabaseOutageFilter(@Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales) {
        this.page = new FilterErrorPage(views, locales);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            Object reference = request.getAttribute(RequestReferenceFilter.ATTRIBUTE);
            log.warn("Database unavailable during {} {} (reference {}): {}", request.getMethod(), request.getRequestURI(),
                    reference, rootMessage(failure));
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            Map<String, Object> model = new HashMap<>();
            model.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            model.put("reference", reference);
            page.render(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error/5xx", model);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
