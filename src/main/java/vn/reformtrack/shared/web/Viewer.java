package vn.reformtrack.shared.web;

import java.util.Arrays;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at the page, for templates: {@code @viewer.signedIn()}, {@code @viewer.hasRole('ADMIN')},
 * {@code @viewer.hasAnyRole('COORDINATOR', 'ADMIN')}. The same answers as Spring Security's {@code sec:authorize}
 * expressions, read straight from the security context: the dialect parses its expression and resolves its methods
 * again at every use, which cost about 5 % of the leader's home page (three uses in the layout, profiled under load).
 * Only decides what a page shows; access itself is decided by the security configuration and the services.
 */
@Component("viewer")
public class Viewer {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Signed in: neither anonymous nor unauthenticated (Spring Security's {@code isAuthenticated()}). */
    public boolean signedIn() {
        return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean hasRole(String role) {
        return hasAnyRole(role);
    }

    /** Signed in with one of these roles (names without the {@code ROLE_} prefix). */
    public boolean hasAnyRole(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!TRUST.isAuthenticated(authentication)) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")
                    && Arrays.asList(roles).contains(name.substring("ROLE_".length()))) {
                return true;
            }
        }
        return false;
    }
}
