package vn.reformtrack.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The load test against a running application (README, "Load test"): one Gatling run per user count, each page's
 * table printed and written to {@code target/gatling/load-report.md}, with the machine's load average before and after
 * each run and, given {@code -Dload.pid}, the application's resident memory after the last one.
 *
 * <pre>./mvnw -Pload test-compile exec:exec -Dload.url=http://localhost:8080</pre>
 */
public final class LoadTest {

    private LoadTest() {}

    public static void main(String[] args) throws IOException {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        Path results = Path.of("target", "gatling");
        Path summary = results.resolve("load-report.md");
        Files.createDirectories(results);
        StringBuilder out = new StringBuilder("## Load test " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " against " + settings.url() + "\n\n");
        for (int users : settings.users()) {
            String before = loadAverage();
            LoadReport report = LoadRun.run(settings, users, results);
            out.append(report.markdown())
                    .append("Load average before: ").append(before).append("; after: ").append(loadAverage())
                    .append("\n\n");
            Files.writeString(summary, out);
        }
        if (settings.pid() != null) {
            out.append("Resident memory of process ").append(settings.pid()).append(" after the run: ")
                    .append(residentMemory(settings.pid())).append('\n');
        }
        Files.writeString(summary, out);
        System.out.println();
        System.out.println(out);
        System.out.println("Written to " + summary.toAbsolutePath());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** VmRSS from {@code /proc/<pid>/status} (Linux). */
    static String residentMemory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring("VmRSS:".length()).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
