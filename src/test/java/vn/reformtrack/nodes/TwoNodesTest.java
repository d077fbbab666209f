package vn.reformtrack.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.ReformTrackApplication;
import vn.reformtrack.evidence.OnePagePdf;
import vn.reformtrack.shared.db.BackupCommand;

/**
 * Two application nodes (two whole applications on their own ports) over one PostgreSQL, started together on an
 * empty database while a third migrates it, as a province runs them behind nginx; requests go to either node, as a
 * load balancer without sticky sessions sends them. Then the database is frozen, and stopped for half a minute under
 * load, beneath the running nodes.
 *
 * <p>What it proves: a node started while another migrates waits for Flyway's lock and migrates nothing twice; the
 * first sign-in works the moment a node's sign-in page answers (start-up work finishes before the port opens; the
 * second node waits for the first's); a file uploaded on one node downloads on the other; a change made on one node
 * shows on the other at the next request; a scheduled job runs on one node only; metrics on the management port; a
 * user keeps working on the other node when theirs stops; a frozen or stopped database gives the "temporarily
 * unavailable" page within seconds, nothing half-saved, readiness says so, and the nodes carry on when it is back; a
 * backup restored into a fresh data folder shows the same demo.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    /** Where the first sign-in led, on each node, from the moment its sign-in page answered or it said it was ready. */
    private final Map<String, String> firstSignIns = new ConcurrentHashMap<>();
    private Path folder;
    private SharedDatabase database;
    /** While the other node's migration was held: the nodes waiting for Flyway's lock, and what was applied. */
    private long nodesWaitingForTheMigration;
    private long appliedWhenBothWaited;
    private long appliedTwoSecondsLater;
    private boolean answeredWhileMigrating;
    private int nodeA;
    private int nodeB;
    private int managementA;
    private ConfigurableApplicationContext applicationA;
    private ConfigurableApplicationContext applicationB;

    @BeforeAll
    void twoNodesStartTogetherOnAnEmptyDatabaseThatAThirdIsMigrating() throws Exception {
        folder = Files.createTempDirectory("two-nodes");
        database = new SharedDatabase(folder.resolve("postgres"));
        MigrationInProgress otherNode = new MigrationInProgress(database.url(), "postgres", "10");
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
            CountDownLatch aHasSetUpLogging = new CountDownLatch(1);
            Future<ConfigurableApplicationContext> a = threads.submit(() -> node(nodeA, aHasSetUpLogging,
                    "--management.server.port=" + managementA));
            // Logging is set up once per JVM: two applications doing it at the same moment garble it for the rest of
            // the suite. The second node starts as soon as the first has done so, well before either migrates.
            aHasSetUpLogging.await(2, TimeUnit.MINUTES);
            Future<ConfigurableApplicationContext> b = threads.submit(() -> node(nodeB, new CountDownLatch(1)));
            watchBothWaitForTheMigration(otherNode, a, b);
            otherNode.finish();
            applicationA = a.get(10, TimeUnit.MINUTES);
            applicationB = b.get(10, TimeUnit.MINUTES);
            for (Future<?> watch : watches) {
                watch.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void watchBothWaitForTheMigration(MigrationInProgress otherNode, Future<?> a, Future<?> b) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (otherNode.waitingForTheLock() < 2 && !a.isDone() && !b.isDone() && System.nanoTime() < deadline) {
            sleep(200);
        }
        nodesWaitingForTheMigration = otherNode.waitingForTheLock();
        appliedWhenBothWaited = otherNode.applied();
        sleep(2000);
        appliedTwoSecondsLater = otherNode.applied();
        answeredWhileMigrating = !firstSignIns.isEmpty();
    }

    @AfterAll
    void stop() throws IOException {
        for (ConfigurableApplicationContext application : new ConfigurableApplicationContext[] {applicationA, applicationB}) {
            if (application != null) {
                application.close();
            }
        }
        if (database != null) {
            database.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    @Order(1)
    void nodesStartedWhileAnotherMigratesWaitForFlywaysLockAndEveryMigrationIsAppliedOnce() throws IOException {
        assertThat(nodesWaitingForTheMigration).as("nodes waiting for Flyway's lock").isEqualTo(2);
        assertThat(appliedTwoSecondsLater).as("migrations applied while they waited").isEqualTo(appliedWhenBothWaited);
        assertThat(answeredWhileMigrating).as("a node answered before the schema was complete").isFalse();

        long migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql").length;
        assertThat(jdbc().sql("select count(*) from flyway_schema_history where version is not null").query(Long.class)
                .single()).isEqualTo(migrations);
        assertThat(jdbc().sql("select count(distinct version) from flyway_schema_history where success").query(Long.class)
                .single()).isEqualTo(migrations);
    }

    @Test
    @Order(2)
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
    @Order(3)
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
    @Order(4)
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
    @Order(5)
    void theHousekeepingJobRunsOnOneNodeOnly() throws InterruptedException {
        // Both nodes' schedulers try it every 2 seconds (see node()); the lock is then kept for a minute. A run that
        // took the lock a minute after the last one may still be under way: no run starts while its end is awaited
        // (the lock pushed an hour ahead; its end sets it back to a minute after its start), so that it is counted
        // before the baseline, not in the window.
        jdbc().sql("update shedlock set lock_until = now() + interval '1 hour' where name = 'sign-in-housekeeping'")
                .update();
        Thread.sleep(3_000);
        double runs = jobCount("reformtrack.job.runs");
        double skipped = jobCount("reformtrack.job.skipped");
        // The lock a run took earlier ends now (ShedLock remembers the row: it is updated, never deleted).
        jdbc().sql("update shedlock set lock_until = now() where name = 'sign-in-housekeeping'").update();

        Thread.sleep(9_000);

        assertThat(jobCount("reformtrack.job.runs") - runs).isEqualTo(1);
        assertThat(jobCount("reformtrack.job.skipped") - skipped).isGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(6)
    void prometheusScrapesTheManagementPortWithoutAnAccountButNotTheApplicationsPort() {
        HttpResponse<String> metrics = new NodeClient().get(managementA, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "http_server_requests_seconds_bucket",
                "reformtrack_job_");
        assertThat(new NodeClient().get(nodeA, "/actuator/prometheus").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(7)
    void aSignedInUserCarriesOnOnNodeBWhenNodeAStops() {
        NodeClient leader = new NodeClient();
        leader.signIn(nodeA, "leader", "demo123");
        assertThat(leader.get(nodeA, "/").body()).contains("Vũ Đức Thắng");

        stopServing(applicationA);
        assertThatThrownBy(() -> leader.get(nodeA, "/")).as("node A is gone").isInstanceOf(UncheckedIOException.class);

        HttpResponse<String> home = leader.get(nodeB, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Vũ Đức Thắng");
    }

    @Test
    @Order(8)
    void aFrozenDatabaseGivesTheUnavailablePageWithinSecondsAndTheNodeCarriesOnWhenItThaws() throws Exception {
        NodeClient leader = new NodeClient();
        leader.signIn(nodeB, "leader", "demo123");
        assertThat(leader.get(nodeB, "/").statusCode()).isEqualTo(200);

        database.freeze();
        try {
            long started = System.nanoTime();
            HttpResponse<String> page = leader.get(nodeB, "/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Hệ thống tạm thời gián đoạn");
            assertThat(seconds(started)).isLessThan(15);
            // The page's styles and scripts come to the signed-in user at once: no static file reads the session.
            Document unavailable = Jsoup.parse(page.body());
            List<String> files = new ArrayList<>(unavailable.select("link[rel=stylesheet]").eachAttr("href"));
            files.addAll(unavailable.select("script[src]").eachAttr("src"));
            assertThat(files).isNotEmpty().allSatisfy(file -> {
                long asked = System.nanoTime();
                assertThat(leader.get(nodeB, file).statusCode()).as(file).isEqualTo(200);
                assertThat(seconds(asked)).as(file).isLessThan(2);
            });

            started = System.nanoTime();
            assertThat(leader.get(nodeB, "/").statusCode()).isEqualTo(503);
            assertThat(seconds(started)).as("once the pool knows").isLessThan(6);
            started = System.nanoTime();
            assertThat(new NodeClient().get(nodeB, "/readyz").statusCode()).isEqualTo(503);
            assertThat(seconds(started)).isLessThan(6);
            assertThat(new NodeClient().get(nodeB, "/livez").statusCode()).isEqualTo(200);
        } finally {
            database.thaw();
        }

        assertThat(eventually(() -> leader.get(nodeB, "/").statusCode())).isEqualTo(200);
    }

    @Test
    @Order(9)
    void theDatabaseStoppedForHalfAMinuteUnderLoadGivesTheUnavailablePageSavesNothingHalfAndTheNodeCarriesOn()
            throws Exception {
        NodeClient staff = signedIn("staff");
        NodeClient leader = signedIn("leader");
        NodeClient coordinator = signedIn("coordinator");
        NodeClient admin = signedIn("admin");
        String token = staff.csrfToken(nodeB);
        long unit = jdbc().sql("select id from unit where code = 'STP'").query(Long.class).single();
        long staffId = jdbc().sql("select id from user_account where username = 'staff'").query(Long.class).single();
        Map<String, String> edit = formOf(admin, "/admin/users/" + staffId, Map.of("fullName", "Tên không được lưu"));
        long stopped;
        long restarting;
        long restarted;
        List<SteadyLoad.Answer> answers;
        try (SteadyLoad load = new SteadyLoad()) {
            load.keep("staff uploads", round -> staff.upload(nodeB, token, unit, outageFileName(round),
                    twoChunkPdf(round)).statusCode());
            load.keep("leader reads", round -> leader.get(nodeB, round % 2 == 0 ? "/" : "/dashboard").statusCode());
            load.keep("coordinator reads", round -> coordinator.get(nodeB, "/planning/tasks").statusCode());
            sleep(3000);

            stopped = System.nanoTime();
            database.stop();
            sleep(2000);
            long asked = System.nanoTime();
            HttpResponse<String> saved = admin.post(nodeB, "/admin/users/" + staffId, edit);
            assertThat(saved.statusCode()).isEqualTo(503);
            assertThat(saved.body()).contains("Hệ thống tạm thời gián đoạn", "không có dữ liệu nào bị lưu dở dang");
            assertThat(seconds(asked)).isLessThan(10);
            asked = System.nanoTime();
            assertThat(new NodeClient().get(nodeB, "/readyz").statusCode()).isEqualTo(503);
            assertThat(seconds(asked)).isLessThan(6);
            assertThat(new NodeClient().get(nodeB, "/livez").statusCode()).isEqualTo(200);
            assertThat(new NodeClient().get(nodeB, "/login").statusCode()).as("a page without a session").isEqualTo(200);
            sleep(Math.max(0, 30_000 - (System.nanoTime() - stopped) / 1_000_000));

            // The outage ends when the start begins: the database answers before start() has returned, and a request
            // served in between is rightly a 200.
            restarting = System.nanoTime();
            database.start();
            restarted = System.nanoTime();
            long deadline = restarted + Duration.ofSeconds(60).toNanos();
            while (!load.everyoneWorkedSince(restarted) && System.nanoTime() < deadline) {
                sleep(200);
            }
            sleep(1000);
            answers = load.answers();
            assertThat(load.everyoneWorkedSince(restarted)).as("everyone works again, without a restart").isTrue();
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(200, 302, 503);
            assertThat(answer.seconds()).as(answer.toString()).isLessThan(10);
        });
        List<SteadyLoad.Answer> duringTheOutage = answers.stream()
                .filter(answer -> answer.asked() > stopped + 1_000_000_000L && answer.answered() < restarting).toList();
        assertThat(duringTheOutage).allMatch(answer -> answer.status() == 503);
        assertThat(duringTheOutage.stream().collect(Collectors.groupingBy(SteadyLoad.Answer::who, Collectors.counting())))
                .as("answers each person had while the database was away").hasSize(3)
                .allSatisfy((who, count) -> assertThat(count).isGreaterThanOrEqualTo(5));
        assertThat(answers).filteredOn(answer -> answer.asked() > restarted + 1_000_000_000L)
                .isNotEmpty().allMatch(SteadyLoad.Answer::worked);

        Map<String, Boolean> stored = storedOutageFiles();
        assertThat(stored).as("every stored file whole: all its chunks, its hash").doesNotContainValue(false);
        for (SteadyLoad.Answer upload : answers.stream().filter(answer -> answer.who().equals("staff uploads")).toList()) {
            if (upload.worked()) {
                assertThat(stored).as(upload.toString()).containsKey(outageFileName(upload.round()));
            } else if (duringTheOutage.contains(upload)) {
                assertThat(stored).as(upload.toString()).doesNotContainKey(outageFileName(upload.round()));
            }
        }
        assertThat(jdbc().sql("select full_name from user_account where id = ?").param(staffId).query(String.class).single())
                .isEqualTo("Lê Thị Mai");
        assertThat(leader.get(nodeB, "/").body()).as("still signed in").contains("Vũ Đức Thắng");
    }

    @Test
    @Order(10)
    void aBackupRestoredIntoAFreshDataFolderShowsTheSameDemo() throws Exception {
        Path backup = folder.resolve("backups/reformtrack.backup");
        Path fresh = folder.resolve("restored/postgres");
        assertThat(BackupCommand.run("backup", backup.toString(), "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=postgres")).isZero();
        assertThat(BackupCommand.run("restore", backup.toString(),
                "--reformtrack.embedded-database.data-directory=" + fresh)).isZero();

        int nodeC = freePort();
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(ReformTrackApplication.class).run(
                "--reformtrack.embedded-database.data-directory=" + fresh, "--server.port=" + nodeC,
                "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            for (Map.Entry<String, List<String>> user : Map.of(
                    "leader", List.of("/", "/dashboard", "/dashboard/rankings"),
                    "coordinator", List.of("/planning/plans", "/planning/tasks", "/reporting"),
                    "staff", List.of("/evidence")).entrySet()) {
                NodeClient before = signedIn(user.getKey());
                NodeClient after = new NodeClient();
                assertThat(after.signIn(nodeC, user.getKey(), "demo123")).isEqualTo("/");
                for (String page : user.getValue()) {
                    String original = Jsoup.parse(before.get(nodeB, page).body()).select("main").text();
                    assertThat(Jsoup.parse(after.get(nodeC, page).body()).select("main").text()).as(page)
                            .isNotBlank().isEqualTo(original);
                }
            }
            long file = jdbc().sql("select id from evidence_file where original_file_name = 'Báo cáo hai nút.pdf'")
                    .query(Long.class).single();
            NodeClient staff = new NodeClient();
            staff.signIn(nodeC, "staff", "demo123");
            assertThat(staff.download(nodeC, "/evidence/" + file + "/download").body())
                    .isEqualTo(signedIn("staff").download(nodeB, "/evidence/" + file + "/download").body());
        }
    }

    private NodeClient signedIn(String username) {
        NodeClient client = new NodeClient();
        assertThat(client.signIn(nodeB, username, "demo123")).isEqualTo("/");
        return client;
    }

    /** The fields of the form at {@code path} as the browser would send them, some changed. */
    private Map<String, String> formOf(NodeClient client, String path, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        ((FormElement) Jsoup.parse(client.get(nodeB, path).body())
                .selectFirst("form[action=" + path + "]")).formData()
                .forEach(field -> fields.put(field.key(), field.value()));
        fields.putAll(changes);
        return fields;
    }

    /**
     * The node stops taking requests, as one that is shut down or has crashed. Its application stays open until the end
     * of the class: Spring Data's auditing listener is configured through an aspect that is one per JVM, and two
     * applications started together in one JVM may share it, so closing one could leave the other's auditing pointing
     * at a closed application. (In a province's data centre each node is a JVM of its own.)
     */
    private static void stopServing(ConfigurableApplicationContext node) {
        ((WebServerApplicationContext) node).getWebServer().stop();
    }

    /** The database, through node B's pool. */
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

    private ConfigurableApplicationContext node(int port, CountDownLatch loggingSetUp, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=postgres",
                "--server.port=" + port,
                "--reformtrack.demo.enabled=true",
                "--reformtrack.security.housekeeping-cron=*/2 * * * * *",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        arguments.addAll(List.of(more));
        ApplicationListener<ApplicationEvent> prepared = event -> {
            if (event instanceof ApplicationPreparedEvent) {
                loggingSetUp.countDown();
            }
        };
        return new SpringApplicationBuilder(ReformTrackApplication.class).listeners(prepared)
                .run(arguments.toArray(String[]::new));
    }

    private static String outageFileName(int round) {
        return "Ngừng cơ sở dữ liệu " + round + ".pdf";
    }

    /** A PDF of two chunks (evidence is stored in rows of 1 MB): half of it would be a file with one chunk. */
    private static byte[] twoChunkPdf(int round) {
        return Arrays.copyOf(OnePagePdf.of("Ngung CSDL " + round, "Tai lieu kiem chung - ngung co so du lieu"), 1_300_000);
    }

    /** The files the outage's uploads stored, each with whether it is whole: its chunks give its size and its hash. */
    private Map<String, Boolean> storedOutageFiles() throws Exception {
        Map<String, Boolean> stored = new LinkedHashMap<>();
        for (Map<String, Object> file : jdbc().sql("select id, original_file_name, size_bytes, sha256 from evidence_file"
                + " where original_file_name like 'Ngừng cơ sở dữ liệu %'").query().listOfRows()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            for (byte[] chunk : jdbc().sql("select data from evidence_chunk where file_id = ? order by chunk_index")
                    .param(file.get("id")).query(byte[].class).list()) {
                digest.update(chunk);
                size += chunk.length;
            }
            stored.put((String) file.get("original_file_name"), size == ((Number) file.get("size_bytes")).longValue()
                    && HexFormat.of().formatHex(digest.digest()).equals(file.get("sha256")));
        }
        return stored;
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
