package vn.reformtrack.identity.security;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this user name, or from this client address: refused for a while, whatever the password. */
class LoginLockedException extends LockedException {

    private final LoginThrottle.Lock lock;

    LoginLockedException(LoginThrottle.Lock lock) {
        super("Too many failed sign-ins (" + lock + ")");
        this.lock = lock;
    }

    boolean byAddress() {
        return lock == LoginThrottle.Lock.ADDRESS;
    }
}
