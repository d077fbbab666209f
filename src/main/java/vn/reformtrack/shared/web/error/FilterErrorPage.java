package vn.reformtrack.shared.web.error;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * An error page rendered by a servlet filter, before (or instead of) Spring MVC: in the user's language, from the
 * same templates as the pages MVC renders, without touching the session or the database.
 */
final class FilterErrorPage {

    private final ViewResolver views;
    private final LocaleResolver locales;

    FilterErrorPage(ViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String view,
            Map<String, Object> model) throws ServletException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status.value());
        // Before Spring's RequestContextFilter: the page's links need the current request.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        try {
            View page = views.resolveViewName(view, locale);
            page.render(model, request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
