package vn.reformtrack.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page: {@code ?locked} after too many failures for the name, {@code ?throttled} after too many
 * from the client's address, {@code ?error} for anything else.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String outcome = exception instanceof LoginLockedException locked
                ? (locked.byAddress() ? "throttled" : "locked")
                : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
