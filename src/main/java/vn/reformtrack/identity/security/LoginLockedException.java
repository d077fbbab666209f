package vn.reformtrack.identity.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this user name: refused for a while, whatever the password. */
class LoginLockedException extends AuthenticationException {

    LoginLockedException() {
        super("Too many failed sign-ins");
    }
}
