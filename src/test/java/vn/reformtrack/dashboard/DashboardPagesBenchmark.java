package vn.reformtrack.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dashboard pages under load: 16 users at once, each signed in with its own session as {@code leader}, each asking
 * for a page as soon as the last one arrived (no think time), against the application running on the large data set.
 * JMH's sample mode reports each page's median (p0.50) and 95th percentile (p0.95) in milliseconds. Requests ask for
 * gzip, as browsers do, and read the whole body.
 *
 * <p>Start the application on the large data set first (README, "Large data set"), then:
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=DashboardPagesBenchmark</pre>
 * Another address: {@code -Djmh.args="-f 1 -jvmArgsAppend -Ddashboard.url=http://localhost:8092"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 2, time = 10)
@Threads(16)
@Fork(1)
public class DashboardPagesBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FIRST_UNIT = Pattern.compile("/dashboard/progress/units/(\\d+)");
    private static final Pattern FIRST_TASK = Pattern.compile("/dashboard/progress/units/\\d+/tasks/(\\d+)");

    private HttpClient http;
    private String base;
    private int lastYear;
    private String busyUnit;
    private String busyTask;

    @Setup(Level.Trial)
    public void signIn() throws IOException, InterruptedException {
        base = System.getProperty("dashboard.url", "http://localhost:8080");
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("No sign-in form at " + base);
        }
        String form = "username=leader&password=demo123&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        lastYear = java.time.LocalDate.now().getYear() - 1;
        Matcher unit = FIRST_UNIT.matcher(http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/progress")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!unit.find()) {
            throw new IllegalStateException("Signed in, but the progress page lists no unit: is the large data set loaded?");
        }
        busyUnit = unit.group(1);
        Matcher task = FIRST_TASK.matcher(http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/progress/units/"
                + busyUnit + "?year=" + lastYear)).build(), HttpResponse.BodyHandlers.ofString()).body());
        if (!task.find()) {
            throw new IllegalStateException("Unit " + busyUnit + " lists no task of " + lastYear);
        }
        busyTask = task.group(1);
    }

    /** The leader's home: the province overview. */
    @Benchmark
    public int home() throws Exception {
        return get("/");
    }

    @Benchmark
    public int progressThisYear() throws Exception {
        return get("/dashboard/progress");
    }

    @Benchmark
    public int progressLastYearNineMonths() throws Exception {
        return get("/dashboard/progress?year=" + lastYear + "&period=Q3");
    }

    @Benchmark
    public int unitDrillDown() throws Exception {
        return get("/dashboard/progress/units/" + busyUnit);
    }

    /** The last step of the drill-down: a task of last year with the report entries of its four periods. */
    @Benchmark
    public int taskReports() throws Exception {
        return get("/dashboard/progress/units/" + busyUnit + "/tasks/" + busyTask + "?year=" + lastYear);
    }

    @Benchmark
    public int annualLastYear() throws Exception {
        return get("/dashboard/annual?year=" + lastYear);
    }

    @Benchmark
    public int rankings() throws Exception {
        return get("/dashboard/rankings?index=PAR_PROVINCE");
    }

    @Benchmark
    public int leagueTable() throws Exception {
        return get("/dashboard/league");
    }

    /** Last year's table: every unit's four periodic reports judged. */
    @Benchmark
    public int leagueLastYear() throws Exception {
        return get("/dashboard/league?year=" + lastYear);
    }

    /** The page's compressed size; fails on anything but 200 (a sign-in page would be a redirect). */
    private int get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Encoding", "gzip").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
