package vn.reformtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserCommand;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * E-mails through a real SMTP server (GreenMail on a free port), and the servers that misbehave: one that refuses the
 * recipient, one that is down, one that never answers; addresses that are not addresses, recipients deactivated while
 * their e-mail waits, a server refusing for two days, and the administrator's resend.
 */
@IntegrationTest
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final CurrentUser ADMIN = new CurrentUser(-1, "admin", "Admin", Role.ADMIN, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Notifier notifier;

    @Autowired
    Recipients recipients;

    @Autowired
    MailOutbox outbox;

    @Autowired
    UserAdminService users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNotificationArrivesWithItsSubjectAPlainTextAndAnHtmlPart() throws Exception {
        UserAccount head = data.user(Role.UNIT_HEAD, data.department("Sở Tư pháp").getId());
        long mail = notify(head);

        MailOutbox.Run run = outbox.deliverDue(sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)), List.of(mail));

        assertThat(run.sent()).isEqualTo(1);
        assertThat(outboxStatus(mail)).isEqualTo("SENT");
        MimeMessage received = received(mail);
        assertThat(received.getSubject()).isEqualTo("[ReformTrack] Kỳ báo cáo mới");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(head.getEmail());
        List<String> types = new ArrayList<>();
        collectParts(received.getContent(), types);
        assertThat(types).anySatisfy(type -> assertThat(type).startsWith("text/plain"))
                .anySatisfy(type -> assertThat(type).startsWith("text/html"));
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains("K=C3=ADnh g=E1=BB=ADi").contains("/notifications/");
        assertThat(outbox.deliverDue(sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)), List.of(mail)).sent())
                .as("sent once").isZero();
    }

    @Test
    void aRecipientTheServerRefusesFailsAtOnceWithTheServersAnswer() throws Exception {
        long mail = notify(data.user(Role.COORDINATOR, null));
        try (MisbehavingSmtpServer refusing = new MisbehavingSmtpServer(MisbehavingSmtpServer.Behaviour.REFUSES_RECIPIENTS)) {
            MailOutbox.Run run = outbox.deliverDue(sender(refusing.port(), Duration.ofSeconds(5)), List.of(mail));
            assertThat(run.failed()).isEqualTo(1);
        }
        OutboxMessage message = outbox.get(mail).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.errorKey()).isEqualTo("mail.error.refused");
        assertThat(message.errorDetail()).contains("550");
    }

    @Test
    void aServerThatIsDownOrNeverAnswersLeavesTheMessagesWaitingForLater() throws Exception {
        long first = notify(data.user(Role.COORDINATOR, null));
        long second = notify(data.user(Role.COORDINATOR, null));
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Instant before = Instant.now();
        MailOutbox.Run down = outbox.deliverDue(sender(closedPort, Duration.ofSeconds(2)), List.of(first, second));
        assertThat(down.serverUnavailable()).isTrue();
        assertThat(down.waiting()).isEqualTo(2);
        OutboxMessage tried = outbox.get(first).orElseThrow();
        assertThat(tried.status()).isEqualTo(OutboxStatus.WAITING);
        assertThat(tried.attempts()).isEqualTo(1);
        assertThat(tried.errorKey()).isEqualTo("mail.error.unavailable");
        assertThat(tried.nextAttemptAt()).isAfter(before.plusSeconds(50));
        assertThat(outbox.get(second).orElseThrow().attempts()).as("not tried once the server was down").isZero();

        dueNow(first, second);
        try (MisbehavingSmtpServer silent = new MisbehavingSmtpServer(MisbehavingSmtpServer.Behaviour.SILENT)) {
            MailOutbox.Run timedOut = outbox.deliverDue(sender(silent.port(), Duration.ofSeconds(1)), List.of(first, second));
            assertThat(timedOut.serverUnavailable()).isTrue();
        }
        assertThat(outbox.get(first).orElseThrow().errorDetail()).containsIgnoringCase("timed out");
        assertThat(outbox.get(first).orElseThrow().status()).isEqualTo(OutboxStatus.WAITING);

        dueNow(first, second);
        outbox.deliverDue(sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)), List.of(first, second));
        assertThat(outboxStatus(first)).isEqualTo("SENT");
        assertThat(outboxStatus(second)).isEqualTo("SENT");
        assertThat(received(first)).isNotNull();
    }

    @Test
    void aServerRefusingForTwoDaysEndsInFailureForTheAdministrator() throws Exception {
        long mail = notify(data.user(Role.COORDINATOR, null));
        jdbc.sql("update mail_outbox set created_at = :old where id = :id")
                .param("old", Timestamp.from(Instant.now().minus(Duration.ofHours(49)))).param("id", mail).update();
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        outbox.deliverDue(sender(closedPort, Duration.ofSeconds(2)), List.of(mail));
        assertThat(outbox.get(mail).orElseThrow().errorKey()).isEqualTo("mail.error.gaveUp");
        assertThat(outboxStatus(mail)).isEqualTo("FAILED");
    }

    @Test
    void anAddressThatIsNoAddressFailsAtOnceAndTheAdministratorResendsOnceItIsCorrected() throws Exception {
        UserAccount user = data.user(Role.UNIT_STAFF, data.department("Sở Nội vụ thử").getId());
        UserAccount admin = data.user(Role.ADMIN, null);
        setEmail(user, "khong-phai-dia-chi@");
        long mail = notify(user);
        assertThat(outboxStatus(mail)).isEqualTo("FAILED");
        assertThat(outbox.get(mail).orElseThrow().errorKey()).isEqualTo("mail.error.invalidAddress");
        mvc.perform(get("/admin/mail/" + mail).with(data.as(admin)))
                .andExpect(content().string(Matchers.containsString("Địa chỉ thư điện tử không hợp lệ: khong-phai-dia-chi@")));

        mvc.perform(post("/admin/mail/" + mail + "/resend").with(data.as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", Matchers.hasToString(Matchers.containsString("mail.error.resendNoAddress"))));
        setEmail(user, user.getUsername() + "@sonoivu.test.vn");
        mvc.perform(post("/admin/mail/" + mail + "/resend").with(data.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(outboxStatus(mail)).isEqualTo("WAITING");
        outbox.deliverDue(sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)), List.of(mail));
        assertThat(received(mail).getAllRecipients()[0].toString()).isEqualTo(user.getUsername() + "@sonoivu.test.vn");
    }

    @Test
    void aUserDeactivatedWhileTheirEmailWaitsGetsNothing() throws Exception {
        UserAccount user = data.user(Role.UNIT_STAFF, data.department("Sở Xây dựng").getId());
        long mail = notify(user);
        users.disable(user.getId(), users.get(user.getId()).getVersion(), ADMIN);
        MailOutbox.Run run = outbox.deliverDue(sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)), List.of(mail));
        assertThat(run.cancelled()).isEqualTo(1);
        assertThat(outbox.get(mail).orElseThrow().errorKey()).isEqualTo("mail.error.recipientDisabled");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> header(m).equals(String.valueOf(mail)))).isEmpty();
        users.enable(user.getId(), users.get(user.getId()).getVersion());
    }

    /** A notification (PERIOD_OPENED, by e-mail) for the user; answers its e-mail's id in the outbox. */
    private long notify(UserAccount user) {
        transactions.executeWithoutResult(tx -> notifier.send(recipients.user(user.getId()).stream().toList(),
                Notice.of(NotificationKind.PERIOD_OPENED, "/reporting", null, "Quý thử", "31/03/2030")));
        return jdbc.sql("select max(id) from mail_outbox where recipient_id = :id").param("id", user.getId())
                .query(Long.class).single();
    }

    private void setEmail(UserAccount user, String email) {
        UserAccount current = users.get(user.getId());
        users.update(user.getId(), current.getVersion(), new UserCommand(current.getUsername(), current.getFullName(),
                email, null, current.getRole(), current.getUnitId()), ADMIN);
    }

    private void dueNow(long... ids) {
        for (long id : ids) {
            jdbc.sql("update mail_outbox set next_attempt_at = now() where id = :id").param("id", id).update();
        }
    }

    private String outboxStatus(long id) {
        return jdbc.sql("select status from mail_outbox where id = :id").param("id", id).query(String.class).single();
    }

    private static MimeMessage received(long outboxId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> header(message).equals(String.valueOf(outboxId)))
                .reduce((a, b) -> {
                    throw new AssertionError("outbox message " + outboxId + " arrived twice");
                })
                .orElseThrow(() -> new AssertionError("outbox message " + outboxId + " did not arrive"));
    }

    private static String header(MimeMessage message) {
        try {
            String[] values = message.getHeader("X-ReformTrack-Outbox-Id");
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static void collectParts(Object content, List<String> types) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                types.add(multipart.getBodyPart(i).getContentType().toLowerCase(java.util.Locale.ROOT));
                collectParts(multipart.getBodyPart(i).getContent(), types);
            }
        }
    }

    static JavaMailSenderImpl sender(int port, Duration timeout) {
        return MailTransport.build(new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, null, null,
                "reformtrack@test.vn", "ReformTrack", "http://localhost:8080", timeout, 50, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofHours(48), Duration.ofMinutes(5)));
    }
}
