package vn.reformtrack.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind a throttle. A locked name or a locked client address is refused before the password is
 * even checked; every other failure (wrong password, unknown or disabled account) is counted and answered alike, as
 * bad credentials.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        LoginThrottle.Lock lock = throttle.lockOf(username, address);
        if (lock != LoginThrottle.Lock.NONE) {
            throw new LoginLockedException(lock);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (AuthenticationException failure) {
            LoginThrottle.Lock locked = throttle.recordFailure(username, address);
            if (locked != LoginThrottle.Lock.NONE) {
                throw new LoginLockedException(locked);
            }
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
