package vn.reformtrack.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures what a newcomer and a province's operator feel: the time from starting the packaged application to the
 * first sign-in that works (polling the sign-in page and signing in the moment it answers), and the memory of the
 * application process (and, apart, of the embedded PostgreSQL) after the demo accounts have used it for a while.
 * Run by {@code ./mvnw -Pcold-start -DskipTests package} (see README, "Start-up time and memory").
 *
 * <p>System properties: {@code jar} (the packaged application), {@code data} (its data folder: the first start writes
 * it and is reported apart; the next {@code runs} starts measure a cold start on an existing folder), {@code jvm} (the
 * JVM options, by default the ones the README's run command and docker-compose.yml use), {@code env} (environment
 * variables for the application, {@code NAME=value} separated by spaces, e.g. {@code MALLOC_ARENA_MAX=2}), {@code args}
 * (more arguments for the application), {@code runs}, {@code cds} (true: also measure with a class-data sharing
 * archive made by a training run; on JDK 25 and later with an ahead-of-time cache).
 */
public final class ColdStartMeasurement {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> USERS = List.of("admin", "coordinator", "leader", "head", "staff");
    private static final List<String> PAGES = List.of("/", "/dashboard", "/dashboard/progress", "/dashboard/rankings",
            "/planning/plans", "/planning/tasks", "/reporting", "/assessment", "/evidence", "/results", "/indices");

    private record Run(String label, double signInSeconds, double loginPageSeconds, long rssKb, long peakRssKb,
            long postgresRssKb) {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("jar", findJar()));
        Path data = Path.of(System.getProperty("data", "target/cold-start/data")).toAbsolutePath();
        List<String> jvm = split(System.getProperty("jvm", ""));
        int runs = Integer.getInteger("runs", 3);
        boolean cds = Boolean.parseBoolean(System.getProperty("cds", "false"));

        List<Run> results = new ArrayList<>();
        if (!Files.exists(data.resolve("postgres"))) {
            results.add(measure("first start (new data folder)", command(jvm, List.of("-jar", jar.toString())), data));
        }
        for (int i = 1; i <= runs; i++) {
            results.add(measure("cold start " + i, command(jvm, List.of("-jar", jar.toString())), data));
        }
        if (cds) {
            boolean aot = Runtime.version().feature() >= 25;
            List<String> launch = classDataSharing(jar, jvm, data, aot);
            for (int i = 1; i <= runs; i++) {
                results.add(measure((aot ? "cold start with AOT cache " : "cold start with CDS ") + i, launch, data));
            }
        }
        report(jvm, results);
    }

    /**
     * Boot's recipe: the jar extracted, a training run that stops after the context refreshes, then the archive. On JDK
     * 25 and later ({@code aot}), the ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method
     * profiles) instead of a class-data sharing archive.
     */
    private static List<String> classDataSharing(Path jar, List<String> jvm, Path data, boolean aot) throws Exception {
        Path extracted = jar.getParent().resolve("cold-start/extracted");
        Path archive = jar.getParent().resolve(aot ? "cold-start/application.aot" : "cold-start/application.jsa");
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                extracted.toString()));
        Path application = Files.list(extracted).filter(path -> path.toString().endsWith(".jar")).findFirst().orElseThrow();
        List<String> training = new ArrayList<>(command(jvm, List.of(
                (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive,
                "-Dspring.context.exit=onRefresh", "-jar", application.toString())));
        training.addAll(arguments(data, freePort()));
        run(training);
        // The training run halts the JVM as soon as the context has refreshed, without closing it: the embedded
        // PostgreSQL it started is left running and must be stopped before the next start.
        stopPostgres(data);
        if (aot) {
            return command(jvm, List.of("-XX:AOTCache=" + archive, "-Xlog:aot=off", "-Xlog:cds=off", "-jar",
                    application.toString()));
        }
        return command(jvm, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                application.toString()));
    }

    private static Run measure(String label, List<String> launch, Path data) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(launch);
        command.addAll(arguments(data, port));
        Path log = Files.createTempFile("cold-start", ".log");
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder);
        Process app = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(2)).build();
            String page = null;
            while (page == null) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("The application stopped; its log: " + log);
                }
                try {
                    HttpResponse<String> login = http.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString());
                    page = login.statusCode() == 200 ? login.body() : null;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            double loginPage = seconds(started);
            HttpResponse<String> signIn = http.send(signInForm(port, "admin", page), HttpResponse.BodyHandlers.ofString());
            String location = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException("The first sign-in failed (" + signIn.statusCode() + " " + location
                        + "): the sign-in page answered before the application was ready. Log: " + log);
            }
            double signedIn = seconds(started);
            use(port);
            long[] memory = memory(app.pid());
            return new Run(label, signedIn, loginPage, memory[0], memory[1], postgresRss(data));
        } finally {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** Normal use: each demo account opens the main pages a few times. */
    private static void use(int port) throws Exception {
        for (String user : USERS) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String page = http.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString()).body();
            http.send(signInForm(port, user, page), HttpResponse.BodyHandlers.discarding());
            for (int round = 0; round < 4; round++) {
                for (String path : PAGES) {
                    http.send(get(port, path), HttpResponse.BodyHandlers.discarding());
                }
            }
        }
    }

    private static List<String> arguments(Path data, int port) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--reformtrack.embedded-database.data-directory=" + data.resolve("postgres"), "--logging.level.root=warn"));
        arguments.addAll(split(System.getProperty("args", "")));
        return arguments;
    }

    private static long[] memory(long pid) throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return new long[] {rss, peak};
    }

    /** The embedded server's processes (its postmaster and backends), by proportional share of shared memory. */
    private static long postgresRss(Path data) throws IOException {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        return ProcessHandle.of(postmaster).stream()
                .flatMap(handle -> java.util.stream.Stream.concat(java.util.stream.Stream.of(handle), handle.descendants()))
                .mapToLong(handle -> {
                    try {
                        return Files.readAllLines(Path.of("/proc", String.valueOf(handle.pid()), "smaps_rollup")).stream()
                                .filter(line -> line.startsWith("Pss:")).mapToLong(ColdStartMeasurement::kilobytes).sum();
                    } catch (IOException gone) {
                        return 0;
                    }
                })
                .sum();
    }

    private static void stopPostgres(Path data) throws Exception {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
            ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
        }
    }

    private static void report(List<String> jvm, List<Run> results) {
        System.out.println();
        System.out.println("JVM options: " + (jvm.isEmpty() ? "(none)" : String.join(" ", jvm))
                + "; environment: " + System.getProperty("env", "(nothing added)"));
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + loadAverage());
        System.out.printf(Locale.ROOT, "%-32s %14s %14s %12s %12s %14s%n", "run", "sign-in page s", "first sign-in s",
                "app RSS MB", "app peak MB", "postgres PSS MB");
        for (Run run : results) {
            System.out.printf(Locale.ROOT, "%-32s %14.1f %14.1f %12d %12d %14d%n", run.label(), run.loginPageSeconds(),
                    run.signInSeconds(), run.rssKb() / 1024, run.peakRssKb() / 1024, run.postgresRssKb() / 1024);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build();
    }

    private static HttpRequest signInForm(int port, String user, String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=demo123&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static List<String> command(List<String> jvm, List<String> rest) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvm);
        command.addAll(rest);
        return command;
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        environment(builder);
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }

    private static void environment(ProcessBuilder builder) {
        for (String variable : split(System.getProperty("env", ""))) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String findJar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("reformtrack-") && name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No target/reformtrack-*.jar: package the application first");
        }
        return jars[0].getPath();
    }

    private static List<String> split(String options) {
        return options.isBlank() ? List.of() : Arrays.stream(options.strip().split("\\s+")).toList();
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ColdStartMeasurement() {}
}
