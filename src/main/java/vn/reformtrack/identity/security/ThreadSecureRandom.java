package vn.reformtrack.identity.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Secure random bytes from a generator of the calling thread's own. The CSRF token is masked with fresh random bytes on
 * every page (against BREACH); drawn from one shared generator, each request waited in turn for the system's one
 * native generator lock. Each thread's generator is a DRBG seeded by the system, as strong as the shared one.
 */
final class ThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(ThreadSecureRandom::generator);

    @Override
    public void nextBytes(byte[] bytes) {
        GENERATORS.get().nextBytes(bytes);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException unavailable) {
            return new SecureRandom();
        }
    }
}
