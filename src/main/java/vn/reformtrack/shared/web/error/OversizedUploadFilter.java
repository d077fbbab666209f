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
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers a multipart body larger than the servlet limit with the "file too large" page before anything reads a
 * request parameter. Tomcat refuses to parse such a body and throws again on every later parameter read, so a form
 * carrying its CSRF token as a hidden field would otherwise fail in the CSRF filter, then again on the error page.
 * Any other multipart body is parsed here, up front, for the same reason: one that Tomcat cannot parse (more parts
 * than it allows, a part header beyond its limit, a cut-off body) gets the "upload could not be read" page (400),
 * or the "too large" page when a single file passes the limit, as Spring's multipart resolver classifies it.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OversizedUploadFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final FilterErrorPage page;
    /** Parses (Tomcat keeps the parts for the dispatcher's own resolver) and classifies failures as Spring does. */
    private final StandardServletMultipartResolver parser = new StandardServletMultipartResolver();

    OversizedUploadFilter(MultipartProperties multipart, @Qualifier("thymeleafViewResolver") ViewResolver views,
            LocaleResolver locales) {
        this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
        this.page = new FilterErrorPage(views, locales);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            log.info("Refused a {} byte upload to {} (limit {})", request.getContentLengthLong(), request.getRequestURI(),
                    maxRequestBytes);
            render(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge");
            return;
        }
        try {
            parser.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            log.info("Refused an upload to {}: {}", request.getRequestURI(), tooLarge.getMostSpecificCause().toString());
            render(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge");
            return;
        } catch (MultipartException unreadable) {
            log.info("Upload to {} could not be read: {}", request.getRequestURI(),
                    unreadable.getMostSpecificCause().toString());
            render(request, response, HttpStatus.BAD_REQUEST, "error.upload.broken");
            return;
        }
        chain.doFilter(request, response);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String ruleKey)
            throws ServletException {
        page.render(request, response, status, "error/400",
                Map.of("status", status.value(), "ruleKey", ruleKey, "ruleArguments", new Object[0]));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
