package vn.reformtrack.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.AccountService;

/** Notes the sign-in, then goes where the user was heading, or to the password form when it must change. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AccountService accounts;

    SignInSuccessHandler(AccountService accounts, RequestCache requestCache) {
        this.accounts = accounts;
        setDefaultTargetUrl("/");
        setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        AppUserDetails user = (AppUserDetails) authentication.getPrincipal();
        accounts.recordSignIn(user.currentUser().id());
        if (user.mustChangePassword()) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, MustChangePasswordFilter.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
