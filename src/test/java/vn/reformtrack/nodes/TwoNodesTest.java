package vn.reformtrack.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.ReformTrackApplication;
import vn.reformtrack.evidence.OnePagePdf;

/**
 * Two application nodes (two whole applications on their own ports) over one PostgreSQL, started together on an
 * empty database, as a province runs them behind nginx; requests go to either node, as a load balancer without sticky
 * sessions sends them. Then the database is frozen and stopped under the running nodes.
 *
 * <p>What it proves: the first sign-in works the moment a node's sign-in page answers (start-up work finishes before
 * the port opens; the second node waits for the first's); a file uploaded on one node downloads on the other; a change
 * made on one node shows on the other at the next request; a scheduled job runs on one node only; metrics on the
 * management port; a user keeps working on the other node when theirs stops; a frozen or stopped database gives the
 * "temporarily unavailable" page within seconds, nothing half-saved, and the nodes carry on when it is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    /** Where the first sign-in led, on each node, from the moment its sign-in page answered or it said it was ready. */
    private final Map<String, String> firstSignIns = new ConcurrentHashMap<>();
    private Path folder;
    private int databasePort;
    private EmbeddedPostgres database;
    private int nodeA;
    private int nodeB;
    private int managementA;
    private ConfigurableApplicationContext applicationA;
    private ConfigurableApplicationContext applicationB;

    @BeforeAll
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        folder = Files.createTempDirectory("two-nodes");
        databasePort = freePort();
        database = startDatabase();
        nodeA = freePort();
        nodeB = freePort();
        managementA = freePort();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> watches = new ArrayList<>();
            for (int node : new int[] {nodeA, nodeB}) {
                watches.add(threads.submit(() -> signInTheMomentItAnswers(node, "/login")));
                watches.add(threads.submit(() -> signInTheMomentItAnswers(node, "/readyz")));
            }
            Future<ConfigurableApplicationContext> a = threads.submit(() -> node(nodeA,
                    "--management.server.port=" + managementA));
            Future<ConfigurableApplicationContext> b = threads.submit(() -> node(nodeB));
            applicationA = a.get(10, TimeUnit.MINUTES);
            applicationB = b.get(10, TimeUnit.MINUTES);
            for (Future<?> watch : watches) {
                watch.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @AfterAll
    void stop() throws IOException {
        for (ConfigurableApplicationContext application : new ConfigurableApplicationContext[] {applicationA, applicationB}) {
            if (application != null) {
                application.close();
            }
        }
        if (database != null) {
            thaw();
            database.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    @Order(1)
    void theFirstSignInWorksTheMomentEitherNodesSignInPageAnswersOrItSaysItIsReady() {
        assertThat(firstSignIns).containsOnly(
                Map.entry(nodeA + "/login", "/"), Map.entry(nodeA + "/readyz", "/"),
                Map.entry(nodeB + "/login", "/"), Map.entry(nodeB + "/readyz", "/"));
        // Both started on the empty database at once: one migrated and loaded the demo, the other waited.
        assertThat(jdbc().sql("select count(*) from unit where code = 'STP'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from user_account where username = 'admin'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void aFileUploadedOnNodeADownloadsOnNodeB() {
        NodeClient staff = new NodeClient();
        assertThat(staff.signIn(nodeA, "staff", "demo123")).isEqualTo("/");
        long unit = jdbc().sql("select id from unit where code = 'STP'").query(Long.class).single();
        byte[] pdf = OnePagePdf.of("Bao cao hai nut", "Tai lieu kiem chung - thu nghiem hai nut");

        assertThat(staff.upload(nodeA, unit, "Báo cáo hai nút.pdf", pdf).statusCode()).isEqualTo(302);
        long id = jdbc().sql("select id from evidence_file where original_file_name = 'Báo cáo hai nút.pdf'")
                .query(Long.class).single();

        HttpResponse<byte[]> download = staff.download(nodeB, "/evidence/" + id + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    @Order(3)
    void aChangeOnNodeAShowsOnNodeBAtTheNextRequest() {
        NodeClient admin = new NodeClient();
        admin.signIn(nodeA, "admin", "demo123");
        long staffId = jdbc().sql("select id from user_account where username = 'staff'").query(Long.class).single();
        long adminId = jdbc().sql("select id from user_account where username = 'admin'").query(Long.class).single();
        // The staff account, last changed by the administrator: its page names who changed it.
        assertThat(admin.submit(nodeA, "/admin/users/" + staffId, "form[action=/admin/users/" + staffId + "]",
                Map.of("phone", "0203 3835 111")).statusCode()).isEqualTo(302);
        assertThat(changedBy(admin, nodeB, staffId)).isEqualTo("Trần Quốc Bảo");

        assertThat(admin.submit(nodeA, "/admin/users/" + adminId, "form[action=/admin/users/" + adminId + "]",
                Map.of("fullName", "Trần Quốc Bảo (Văn phòng)")).statusCode()).isEqualTo(302);

        assertThat(changedBy(admin, nodeB, staffId)).isEqualTo("Trần Quốc Bảo (Văn phòng)");
    }

    @Test
    @Order(4)
    void theHousekeepingJobRunsOnOneNodeOnly() throws InterruptedException {
        // Both nodes' schedulers try it every 2 seconds (see node()); the lock is then kept for a minute.
        double runs = jobCount("reformtrack.job.runs");
        double skipped = jobCount("reformtrack.job.skipped");
        // The lock a run took earlier ends now (ShedLock remembers the row: it is updated, never deleted).
        jdbc().sql("update shedlock set lock_until = now() where name = 'sign-in-housekeeping'").update();

        Thread.sleep(9_000);

        assertThat(jobCount("reformtrack.job.runs") - runs).isEqualTo(1);
        assertThat(jobCount("reformtrack.job.skipped") - skipped).isGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(5)
    void prometheusScrapesTheManagementPortWithoutAnAccountButNotTheApplicationsPort() {
        HttpResponse<String> metrics = new NodeClient().get(managementA, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "http_server_requests_seconds_bucket",
                "reformtrack_job_");
        assertThat(new NodeClient().get(nodeA, "/actuator/prometheus").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(6)
    void aSignedInUserCarriesOnOnNodeBWhenNodeAStops() {
        NodeClient leader = new NodeClient();
        leader.signIn(nodeA, "leader", "demo123");
        assertThat(leader.get(nodeA, "/").body()).contains("Vũ Đức Thắng");

        applicationA.close();

        HttpResponse<String> home = leader.get(nodeB, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Vũ Đức Thắng");
    }

    @Test
    @Order(7)
    void aFrozenDatabaseGivesTheUnavailablePageWithinSecondsAndTheNodeCarriesOnWhenItThaws() throws Exception {
        NodeClient leader = new NodeClient();
        leader.signIn(nodeB, "leader", "demo123");
        assertThat(leader.get(nodeB, "/").statusCode()).isEqualTo(200);

        freeze();
        try {
            long started = System.nanoTime();
            HttpResponse<String> page = leader.get(nodeB, "/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Hệ thống tạm thời gián đoạn");
            assertThat(seconds(started)).isLessThan(15);

            started = System.nanoTime();
            assertThat(leader.get(nodeB, "/").statusCode()).isEqualTo(503);
            assertThat(seconds(started)).as("once the pool knows").isLessThan(6);
            started = System.nanoTime();
            assertThat(new NodeClient().get(nodeB, "/readyz").statusCode()).isEqualTo(503);
            assertThat(seconds(started)).isLessThan(6);
            assertThat(new NodeClient().get(nodeB, "/livez").statusCode()).isEqualTo(200);
        } finally {
            thaw();
        }

        assertThat(eventually(() -> leader.get(nodeB, "/").statusCode())).isEqualTo(200);
    }

    @Test
    @Order(8)
    void aStoppedDatabaseGivesTheUnavailablePageSavesNothingAndTheNodeCarriesOnWhenItIsBack() throws Exception {
        NodeClient admin = new NodeClient();
        admin.signIn(nodeB, "admin", "demo123");
        long staffId = jdbc().sql("select id from user_account where username = 'staff'").query(Long.class).single();
        Document form = Jsoup.parse(admin.get(nodeB, "/admin/users/" + staffId).body());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        ((org.jsoup.nodes.FormElement) form.selectFirst("form[action=/admin/users/" + staffId + "]")).formData()
                .forEach(field -> fields.put(field.key(), field.value()));
        fields.put("fullName", "Tên không được lưu");

        database.close();
        try {
            long started = System.nanoTime();
            HttpResponse<String> saved = admin.post(nodeB, "/admin/users/" + staffId, fields);
            assertThat(saved.statusCode()).isEqualTo(503);
            assertThat(saved.body()).contains("không có dữ liệu nào bị lưu dở dang");
            assertThat(seconds(started)).isLessThan(10);
        } finally {
            database = startDatabase();
        }

        assertThat(eventually(() -> admin.get(nodeB, "/").statusCode())).isEqualTo(200);
        assertThat(jdbc().sql("select full_name from user_account where id = ?").param(staffId).query(String.class).single())
                .isEqualTo("Lê Thị Mai");
    }

    /** The database, through node B's pool (node A stops halfway). */
    private JdbcClient jdbc() {
        return JdbcClient.create(applicationB.getBean(DataSource.class));
    }

    private String changedBy(NodeClient client, int node, long userId) {
        String line = Jsoup.parse(client.get(node, "/admin/users/" + userId).body()).select("dd").eachText().stream()
                .filter(text -> text.contains(" · ")).findFirst().orElseThrow();
        return line.substring(line.indexOf(" · ") + 3);
    }

    private double jobCount(String meter) {
        double total = 0;
        for (ConfigurableApplicationContext application : List.of(applicationA, applicationB)) {
            MeterRegistry meters = application.getBean(MeterRegistry.class);
            total += meters.find(meter).tag("job", "sign-in-housekeeping").meters().stream()
                    .mapToDouble(found -> found.measure().iterator().next().getValue())
                    .sum();
        }
        return total;
    }

    /**
     * Polls {@code path} from before the node starts (the sign-in page, or the readiness probe); the moment it answers
     * 200, signs in with a fresh sign-in form and notes where that led.
     */
    private void signInTheMomentItAnswers(int node, String path) {
        NodeClient client = new NodeClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer;
            try {
                answer = client.get(node, path);
            } catch (RuntimeException notListening) {
                sleep(20);
                continue;
            }
            if (answer.statusCode() == 200) {
                String page = path.equals("/login") ? answer.body() : client.get(node, "/login").body();
                String token = Jsoup.parse(page).select("input[name=_csrf]").val();
                HttpResponse<String> signIn = client.post(node, "/login",
                        Map.of("username", "admin", "password", "demo123", "_csrf", token));
                firstSignIns.put(node + path,
                        java.net.URI.create(signIn.headers().firstValue("Location").orElse("?")).getPath());
                return;
            }
            sleep(20);
        }
    }

    private ConfigurableApplicationContext node(int port, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres",
                "--server.port=" + port,
                "--reformtrack.demo.enabled=true",
                "--reformtrack.security.housekeeping-cron=*/2 * * * * *",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(ReformTrackApplication.class).run(arguments.toArray(String[]::new));
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    /** SIGSTOP to the postmaster and every backend: the server stops answering, connections stay open. */
    private void freeze() throws Exception {
        signal("-STOP");
    }

    private void thaw() {
        try {
            signal("-CONT");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void signal(String signal) throws Exception {
        Path pidFile = folder.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                .orElseThrow();
        List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(postmaster.pid())));
        postmaster.descendants().forEach(process -> command.add(String.valueOf(process.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static int eventually(java.util.function.IntSupplier status) {
        int last = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                last = status.getAsInt();
            } catch (RuntimeException notYet) {
                last = -1;
            }
            if (last == 200) {
                return last;
            }
            sleep(1000);
        }
        return last;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
