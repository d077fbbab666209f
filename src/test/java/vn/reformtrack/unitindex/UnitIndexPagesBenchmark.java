package vn.reformtrack.unitindex;

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
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.reformtrack.support.BenchmarkApplication;

/**
 * The unit index's pages under load, over HTTP, on a round of 250 units × 60 criteria with about 40,000 evidence
 * links ({@link UnitIndexBenchmarkData}): 16 users at once, each signed in with its own session and asking for its
 * page as soon as the last one arrived (no think time), gzip as browsers ask. One JMH group, so that all pages run in
 * the same trial against the same data: a council member's queue (first page, and a later page filtered to what waits
 * for appraisal), the published results table (first page, and a group's second page), and a reference page of the
 * application ({@code /planning/plans}) measured alongside. Sample mode reports each page's p50, p95 and p99 in
 * milliseconds, and the number of requests (÷ measured seconds = requests per second).
 *
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=UnitIndexPagesBenchmark</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(1)
public class UnitIndexPagesBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The application and its data, once per trial. */
    @State(Scope.Benchmark)
    public static class Server {

        BenchmarkApplication application;
        UnitIndexBenchmarkData.Built data;
        String base;

        @Setup(Level.Trial)
        public void start() throws IOException {
            application = BenchmarkApplication.start("unitindex-pages-benchmark");
            data = UnitIndexBenchmarkData.build(application);
            base = "http://localhost:" + application.port();
            System.out.printf("%nRound %d: 250 units, %d evidence links%n", data.openRoundId(), data.links());
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            application.close();
        }
    }

    /** A user's own session: the council member for the queue, the leader for the results and the reference. */
    @State(Scope.Thread)
    public static class Browser {

        HttpClient member;
        HttpClient leader;

        /**
         * One sign-in at a time: sixteen at once as the same account meet on its last sign-in time, and identity answers
         * the losers with an error page (seen here, left to identity).
         */
        @Setup(Level.Trial)
        public void signIn(Server server) throws IOException, InterruptedException {
            synchronized (Browser.class) {
                member = signIn(server.base, UnitIndexBenchmarkData.MEMBER, UnitIndexBenchmarkData.PASSWORD);
                leader = signIn(server.base, "leader", "demo123");
            }
        }

        private static HttpClient signIn(String base, String username, String password)
                throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(login);
            if (!token.find()) {
                throw new IllegalStateException("No sign-in form at " + base);
            }
            String form = "username=" + username + "&password=" + password + "&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            return http;
        }
    }

    /** The member's queue, first page: the lines of two areas across all 250 units (4,500). */
    @Benchmark
    @Group("pages")
    @GroupThreads(4)
    public int queue(Server server, Browser browser) throws Exception {
        return get(browser.member, server.base + "/unit-index/rounds/" + server.data.openRoundId() + "/queue");
    }

    /** A later page of the queue, filtered to the lines waiting for appraisal. */
    @Benchmark
    @Group("pages")
    @GroupThreads(3)
    public int queueWaitingPage20(Server server, Browser browser) throws Exception {
        return get(browser.member, server.base + "/unit-index/rounds/" + server.data.openRoundId()
                + "/queue?state=TO_APPRAISE&page=20");
    }

    /** The published results table, first page (50 of 250 units). */
    @Benchmark
    @Group("pages")
    @GroupThreads(4)
    public int results(Server server, Browser browser) throws Exception {
        return get(browser.leader, server.base + "/unit-index/rounds/" + server.data.publishedRoundId() + "/results");
    }

    /** One group's second page of the published results. */
    @Benchmark
    @Group("pages")
    @GroupThreads(3)
    public int resultsGroupPage2(Server server, Browser browser) throws Exception {
        return get(browser.leader, server.base + "/unit-index/rounds/" + server.data.publishedRoundId()
                + "/results?group=" + server.data.groupId() + "&page=1");
    }

    /** The reference: the plans' list, an existing page of the application. */
    @Benchmark
    @Group("pages")
    @GroupThreads(2)
    public int reference(Server server, Browser browser) throws Exception {
        return get(browser.leader, server.base + "/planning/plans");
    }

    /** The page's compressed size; fails on anything but 200 (a sign-in page would be a redirect). */
    private static int get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Encoding", "gzip").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
