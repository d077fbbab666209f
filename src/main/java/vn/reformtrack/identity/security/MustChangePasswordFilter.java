package vn.reformtrack.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password an administrator set (at creation or reset) may do nothing but change it: every other
 * page redirects to the password form.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private static final List<String> ALLOWED = List.of(
            PASSWORD_PAGE, "/logout", "/login", "/error", "/webjars/", "/assets/", "/favicon.ico",
            "/actuator/", "/livez", "/readyz");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AppUserDetails user
                && user.mustChangePassword()
                && !isAllowed(request)) {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + PASSWORD_PAGE);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.stream().anyMatch(allowed -> allowed.endsWith("/") ? path.startsWith(allowed) : path.equals(allowed));
    }
}
