package vn.reformtrack.identity.security;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this user name: refused for a while, whatever the password. */
class LoginLockedException extends LockedException {

    LoginLockedException() {
        super("Too many failed sign-ins");
    }
}
