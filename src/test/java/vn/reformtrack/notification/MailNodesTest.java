package vn.reformtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.ReformTrackApplication;

/**
 * The outbox as it runs in production, with its scheduled job: two application nodes on one database send every
 * message once; a mail server that goes down keeps messages waiting, and after the nodes restart and the server is back
 * each goes out once; a message cut off while sending is never sent again by itself. Its own PostgreSQL and nodes
 * (the shared test context runs no jobs), and a GreenMail server on a free port.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailNodesTest {

    private static EmbeddedPostgres database;
    private static int smtpPort;
    private static GreenMail smtp;
    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        database = EmbeddedPostgres.builder().start();
        try (ServerSocket probe = new ServerSocket(0)) {
            smtpPort = probe.getLocalPort();
        }
        smtp = startSmtp();
        NODES.add(node());
        NODES.add(node());
    }

    @AfterAll
    static void stop() throws IOException {
        NODES.forEach(ConfigurableApplicationContext::close);
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void twoNodesSendEveryMessageOnce() {
        List<Long> ids = enqueue(NODES.get(0), 40, "twice");
        waitUntil(() -> count(ids, "SENT") == ids.size(), Duration.ofSeconds(90));
        Map<String, Long> arrivals = arrivals(smtp);
        for (Long id : ids) {
            assertThat(arrivals.get(String.valueOf(id))).as("outbox message %s", id).isEqualTo(1L);
        }
    }

    @Test
    @Order(2)
    void anOutageKeepsMessagesWaitingAndAfterARestartEachGoesOnce() throws IOException {
        List<Long> sentBefore = jdbc(NODES.get(0)).sql("select id from mail_outbox where status = 'SENT'")
                .query(Long.class).list();
        smtp.stop();
        List<Long> ids = enqueue(NODES.get(0), 5, "outage");
        waitUntil(() -> jdbc(NODES.get(0)).sql("""
                        select count(*) from mail_outbox
                        where id in (:ids) and status = 'WAITING' and last_error like 'mail.error.unavailable%'""")
                .param("ids", ids).query(Long.class).single() >= 1, Duration.ofSeconds(60));
        long cutOff = interruptedWhileSending(NODES.get(0));

        NODES.forEach(ConfigurableApplicationContext::close);
        NODES.clear();
        smtp = startSmtp();
        NODES.add(node());

        waitUntil(() -> count(ids, "SENT") == ids.size(), Duration.ofSeconds(90));
        Map<String, Long> arrivals = arrivals(smtp);
        ids.forEach(id -> assertThat(arrivals.get(String.valueOf(id))).as("outbox message %s", id).isEqualTo(1L));
        sentBefore.forEach(id -> assertThat(arrivals).as("sent before the restart").doesNotContainKey(String.valueOf(id)));
        waitUntil(() -> "FAILED".equals(status(cutOff)), Duration.ofSeconds(30));
        assertThat(arrivals).doesNotContainKey(String.valueOf(cutOff));
        assertThat(jdbc(NODES.get(0)).sql("select last_error from mail_outbox where id = :id").param("id", cutOff)
                .query(String.class).single()).startsWith("mail.error.interrupted");
    }

    /** A message a stopped node left "sending" an hour ago: the server may have taken it. */
    private static long interruptedWhileSending(ConfigurableApplicationContext node) {
        return jdbc(node).sql("""
                        insert into mail_outbox (to_address, subject, body_text, body_html, kind, status, attempts,
                                                 next_attempt_at, sending_since, created_at)
                        values ('cut-off@test.vn', 'Cut off', 'text', '<p>html</p>', 'TEST', 'SENDING', 1, :at, :at, :at)
                        returning id""")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .query(Long.class).single();
    }

    private static List<Long> enqueue(ConfigurableApplicationContext node, int count, String what) {
        MailOutbox outbox = node.getBean(MailOutbox.class);
        TransactionTemplate transaction = node.getBean(TransactionTemplate.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String address = what + "-" + i + "@test.vn";
            transaction.executeWithoutResult(tx -> outbox.enqueue(null, address,
                    new Mail("Thư thử " + address, "Nội dung", "<p>Nội dung</p>"), "TEST"));
            ids.add(jdbc(node).sql("select max(id) from mail_outbox where to_address = :a").param("a", address)
                    .query(Long.class).single());
        }
        return ids;
    }

    private static long count(List<Long> ids, String status) {
        return jdbc(NODES.get(0)).sql("select count(*) from mail_outbox where id in (:ids) and status = :status")
                .param("ids", ids).param("status", status).query(Long.class).single();
    }

    private static String status(long id) {
        return jdbc(NODES.get(0)).sql("select status from mail_outbox where id = :id").param("id", id)
                .query(String.class).single();
    }

    /** How many times each outbox message arrived, by its id. */
    private static Map<String, Long> arrivals(GreenMail server) {
        return Arrays.stream(server.getReceivedMessages()).map(MailNodesTest::outboxId)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private static String outboxId(MimeMessage message) {
        try {
            String[] values = message.getHeader("X-ReformTrack-Outbox-Id");
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class);
    }

    private static void waitUntil(BooleanSupplier condition, Duration atMost) {
        Instant end = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not reached within " + atMost);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /**
     * An application node on the shared database, its outbox job every 200 ms, the other jobs off. (No logging
     * arguments: the logging system is the JVM's, shared with the test context.)
     */
    private static ConfigurableApplicationContext node() {
        // Command-line arguments: they take precedence over application.yml (default properties would not).
        return new SpringApplicationBuilder(ReformTrackApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--server.port=0",
                "--reformtrack.demo.enabled=false",
                "--reformtrack.jobs.enabled=true",
                "--reformtrack.mail.host=127.0.0.1",
                "--reformtrack.mail.port=" + smtpPort,
                "--reformtrack.mail.security=NONE",
                "--reformtrack.mail.timeout=2s",
                "--reformtrack.mail.poll-interval=200ms",
                "--reformtrack.mail.batch-size=7",
                "--reformtrack.mail.first-retry=1s",
                "--reformtrack.mail.longest-retry=1s",
                "--reformtrack.notifications.reminder-cron=-",
                "--reformtrack.notifications.daily-digest-cron=-",
                "--reformtrack.notifications.weekly-digest-cron=-");
    }
}
