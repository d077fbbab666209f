package vn.reformtrack.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a load run does, from system properties (all optional):
 * <ul>
 * <li>{@code load.url}: the running application, {@code http://localhost:8080} by default;</li>
 * <li>{@code load.users}: concurrent users, one run per value, {@code 16,64} by default;</li>
 * <li>{@code load.seconds}: how long each page is asked for, 10 by default;</li>
 * <li>{@code load.warmup}: requests per page before measuring, 20 by default;</li>
 * <li>{@code load.reference}: another application's page measured in the same run, e.g. spring-petclinic's
 * {@code http://localhost:8093/owners?lastName=}; none by default;</li>
 * <li>{@code load.password}: the demo accounts' password, {@code demo123} by default;</li>
 * <li>{@code load.pid}: the application's process id, to report its resident memory after the run.</li>
 * </ul>
 *
 * @param pageByPage whether each page is measured alone, one after the other (the smoke run asks for all of them in
 *                   one phase, each user going through every page once: the same requests in a few seconds)
 */
record LoadSettings(String url, List<Integer> users, Duration perPage, int warmup, String reference, String password,
        Long pid, boolean pageByPage) {

    static LoadSettings fromSystemProperties() {
        String pid = System.getProperty("load.pid", "");
        return new LoadSettings(
                trimSlash(System.getProperty("load.url", "http://localhost:8080")),
                Arrays.stream(System.getProperty("load.users", "16,64").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(System.getProperty("load.seconds", "10"))),
                Integer.parseInt(System.getProperty("load.warmup", "20")),
                blankToNull(System.getProperty("load.reference", "")),
                System.getProperty("load.password", "demo123"),
                pid.isBlank() ? null : Long.valueOf(pid.trim()),
                true);
    }

    /** The smoke run of the test suite: two users through every page once, against the test's own server. */
    static LoadSettings smoke(int port) {
        return new LoadSettings("http://localhost:" + port, List.of(2), Duration.ZERO, 0, null, "demo123", null, false);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
