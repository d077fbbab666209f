package vn.reformtrack.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Random bytes for the CSRF token's mask from each thread's own generator: never the same twice, on any thread. */
class ThreadSecureRandomTest {

    private final ThreadSecureRandom random = new ThreadSecureRandom();

    @Test
    void bytesDifferFromCallToCallAndFromThreadToThread() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(draw());
        }
        var other = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 1_000; i++) {
                seen.add(other.submit(this::draw).get());
            }
        } finally {
            other.shutdownNow();
        }
        assertThat(seen).hasSize(2_000);
    }

    private String draw() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
