package vn.reformtrack.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Each measured page of one run: requests per second over its own phase, the median, 95th and 99th percentile of
 * the successful requests (milliseconds) and the errors (any status but 200, or no answer).
 *
 * @param gatlingStatus Gatling's exit status (0 when it ran)
 * @param folder        Gatling's HTML report of the run
 */
record LoadReport(int users, Duration perPage, int gatlingStatus, Path folder, List<Row> rows) {

    record Row(String page, double requestsPerSecond, long ok, long errors, long p50, long p95, long p99) {}

    long errors() {
        return rows.stream().mapToLong(Row::errors).sum();
    }

    String markdown() {
        StringBuilder table = new StringBuilder()
                .append("### ").append(users).append(" concurrent users, ").append(perPage.toMillis() / 1000.0)
                .append(" s per page\n\n")
                .append("| page | req/s | p50 ms | p95 ms | p99 ms | requests | errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %d | %d | %d | %d |%n", row.page(),
                    row.requestsPerSecond(), row.p50(), row.p95(), row.p99(), row.ok(), row.errors()));
        }
        return table.append("\nGatling report: ").append(folder.toUri()).append('\n').toString();
    }
}
