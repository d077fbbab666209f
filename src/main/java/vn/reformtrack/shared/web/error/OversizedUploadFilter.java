package vn.reformtrack.shared.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers a multipart body larger than the servlet limit with the "file too large" page before anything reads a
 * request parameter. Tomcat refuses to parse such a body and throws again on every later parameter read, so a form
 * carrying its CSRF token as a hidden field would otherwise fail in the CSRF filter, then again on the error page.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OversizedUploadFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final ViewResolver views;
    private final LocaleResolver locales;

    OversizedUploadFilter(MultipartProperties multipart, @Qualifier("thymeleafViewResolver") ViewResolver views,
            LocaleResolver locales) {
        this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isOversizedMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused a {} byte upload to {} (limit {})", request.getContentLengthLong(), request.getRequestURI(), maxRequestBytes);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        // Before Spring's RequestContextFilter: the page's links need the current request.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        try {
            View page = views.resolveViewName("error/400", locale);
            page.render(Map.of(
                            "status", HttpStatus.CONTENT_TOO_LARGE.value(),
                            "ruleKey", "error.upload.tooLarge",
                            "ruleArguments", new Object[0]),
                    request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private boolean isOversizedMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > maxRequestBytes;
    }
}
