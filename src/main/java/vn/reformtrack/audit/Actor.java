package vn.reformtrack.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.reformtrack.identity.CurrentUser;

/**
 * Who does what is being recorded: the signed-in user (name and unit) and the address the request came from, or
 * {@code system} for start-up work and scheduled jobs.
 */
record Actor(String username, Long unitId, String remoteAddress) {

    static final String SYSTEM = "system";

    /** The actor of the current thread: the signed-in user of the request, or the system. */
    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String address = requestAddress().orElse(null);
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Actor(SYSTEM, null, address);
        }
        Long unitId = CurrentUser.of(authentication).map(CurrentUser::unitId).orElse(null);
        return new Actor(authentication.getName(), unitId, address);
    }

    /** Someone who is not signed in yet (a sign-in attempt), named by what they typed. */
    static Actor attempting(String username) {
        String name = username == null || username.isBlank() ? "?" : username.strip();
        return new Actor(name.length() > 100 ? name.substring(0, 100) : name, null, requestAddress().orElse(null));
    }

    private static Optional<String> requestAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String address = request.getRemoteAddr();
            return Optional.ofNullable(address).map(value -> value.length() > 64 ? value.substring(0, 64) : value);
        }
        return Optional.empty();
    }
}
