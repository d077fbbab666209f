package vn.reformtrack.notification;

import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The mail outbox. Messages are written in the transaction of the event that causes them ({@link #enqueue}); the
 * sending job takes the due ones a batch at a time ({@link #deliverDue}), over one connection to the server: each is
 * marked as being sent and committed
 * before it goes to the server, and marked sent right after, so a node that stops in between leaves it "sending",
 * and it is then marked failed for the administrator to check, never sent a second time by itself. A server that is
 * down or times out makes the message wait (a minute, then twice as long each time up to an hour) and ends the run;
 * an address the server refuses fails at once. A recipient deactivated meanwhile gets nothing. Claims take row locks
 * that skip each other, so two nodes never take the same message even without the job's lock.
 */
@Slf4j
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    /** What one run did. */
    public record Run(int sent, int failed, int waiting, int cancelled, boolean serverUnavailable) {}

    private static final String COLUMNS = """
            id, recipient_id, to_address, subject, body_text, kind, status, attempts, next_attempt_at, last_error,
            created_at, sent_at""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, NamedParameterJdbcOperations batch, MailSettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** An e-mail to write to the outbox: for whom (an account, or null), to which address, and of which kind. */
    record Outgoing(Long recipientId, String address, Mail mail, String kind) {}

    /**
     * Writes an e-mail within the current transaction. An address that is not an e-mail address is written as failed
     * at once, for the administrator to see and correct; a missing one writes nothing (the notification stays in the
     * application).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Long recipientId, String address, Mail mail, String kind) {
        enqueueAll(List.of(new Outgoing(recipientId, address, mail, kind)));
    }

    /** As {@link #enqueue}, many e-mails in one batch of statements (one round trip to the database). */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueueAll(List<Outgoing> mails) {
        Timestamp now = Timestamp.from(clock.instant());
        MapSqlParameterSource[] rows = mails.stream()
                .filter(mail -> mail.address() != null && !mail.address().isBlank())
                .map(mail -> row(mail, now))
                .toArray(MapSqlParameterSource[]::new);
        if (rows.length > 0) {
            batch.batchUpdate("""
                    insert into mail_outbox (recipient_id, to_address, subject, body_text, body_html, kind, status,
                                             next_attempt_at, last_error, created_at)
                    values (:recipient, :address, :subject, :text, :html, :kind, :status, :now, :error, :now)
                    """, rows);
        }
    }

    private static MapSqlParameterSource row(Outgoing outgoing, Timestamp now) {
        String address = outgoing.address().strip();
        String subject = outgoing.mail().subject();
        boolean valid = MailAddresses.isValid(outgoing.address());
        return new MapSqlParameterSource()
                .addValue("recipient", outgoing.recipientId(), Types.BIGINT)
                .addValue("address", address.length() > 320 ? address.substring(0, 320) : address)
                .addValue("subject", subject.length() > 500 ? subject.substring(0, 500) : subject)
                .addValue("text", outgoing.mail().text())
                .addValue("html", outgoing.mail().html())
                .addValue("kind", outgoing.kind())
                .addValue("status", (valid ? OutboxStatus.WAITING : OutboxStatus.FAILED).name())
                .addValue("now", now)
                .addValue("error", valid ? null : error("mail.error.invalidAddress", outgoing.address()), Types.VARCHAR);
    }

    /**
     * Sends the messages that are due through {@code sender}'s server, at most a batch over one connection; see the
     * class for what happens when.
     */
    public Run deliverDue(JavaMailSenderImpl sender) {
        return deliverDue(sender, null);
    }

    /** As {@link #deliverDue(JavaMailSenderImpl)}, among these messages only (null: all): tests aim at their own. */
    Run deliverDue(JavaMailSenderImpl sender, Collection<Long> only) {
        markInterrupted();
        List<Claimed> claimed = transaction.execute(status -> claim(only));
        try (SmtpConnection connection = new SmtpConnection(sender)) {
            return deliver(connection, claimed);
        }
    }

    private Run deliver(SmtpConnection connection, List<Claimed> claimed) {
        int sent = 0;
        int failed = 0;
        int waiting = 0;
        int cancelled = 0;
        boolean unavailable = false;
        for (Claimed message : claimed) {
            if (unavailable) {
                release(message.id());
                waiting++;
                continue;
            }
            Optional<Boolean> active = jdbc.sql("select enabled from user_account where id = :id")
                    .param("id", message.recipientId()).query(Boolean.class).optional();
            if (message.recipientId() != null && !active.orElse(false)) {
                finish(message.id(), OutboxStatus.CANCELLED, error("mail.error.recipientDisabled", ""));
                cancelled++;
                continue;
            }
            if (!MailAddresses.isValid(message.address())) {
                finish(message.id(), OutboxStatus.FAILED, error("mail.error.invalidAddress", message.address()));
                failed++;
                continue;
            }
            try {
                connection.send(mime(connection.newMessage(), message));
                markSent(message.id());
                sent++;
            } catch (RuntimeException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
                SendFailure failure = SendFailure.of(e);
                log.warn("Mail {} to {} not sent ({}): {}", message.id(), message.address(), failure.kind(),
                        failure.detail());
                if (failure.kind() == SendFailure.Kind.REFUSED) {
                    finish(message.id(), OutboxStatus.FAILED, error("mail.error.refused", failure.detail()));
                    failed++;
                } else if (retryOrGiveUp(message, failure)) {
                    waiting++;
                } else {
                    failed++;
                }
                unavailable = failure.kind() == SendFailure.Kind.UNAVAILABLE;
            }
        }
        return new Run(sent, failed, waiting, cancelled, unavailable);
    }

    /**
     * Messages still "sending" long after they started were cut off by a node that stopped: the server may or may not
     * have taken them, so they are marked failed for the administrator to check, never sent again by themselves.
     */
    public int markInterrupted() {
        Instant stale = clock.instant().minus(settings.sendingStaleAfter());
        return transaction.execute(status -> jdbc.sql("""
                        update mail_outbox set status = 'FAILED', sending_since = null, last_error = :error
                        where status = 'SENDING' and sending_since < :stale
                        """)
                .param("error", error("mail.error.interrupted", ""))
                .param("stale", Timestamp.from(stale))
                .update());
    }

    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from mail_outbox group by status")
                .query((rs, i) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** The messages of one status, newest first, matching words of the address or subject when given. */
    public Page<OutboxMessage> list(OutboxStatus status, String query, Pageable pageable) {
        String where = "status = :status and (cast(:query as varchar) is null or lower(to_address) like :query "
                + "or lower(subject) like :query)";
        String pattern = query == null || query.isBlank() ? null
                : "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        long total = jdbc.sql("select count(*) from mail_outbox where " + where)
                .param("status", status.name()).param("query", pattern).query(Long.class).single();
        List<OutboxMessage> rows = jdbc.sql("select " + COLUMNS + " from mail_outbox where " + where
                        + " order by created_at desc, id desc " + RowLimit.of(pageable))
                .param("status", status.name()).param("query", pattern)
                .query(MailOutbox::message).list();
        return new PageImpl<>(rows, pageable, total);
    }

    public Optional<OutboxMessage> get(long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where id = :id").param("id", id)
                .query(MailOutbox::message).optional();
    }

    /**
     * An administrator sends a message again (failed, cancelled or even sent), to the recipient's address as it is now.
     *
     * @throws RuleViolationException when the recipient is deactivated or has no valid address now
     */
    @Transactional
    public void resend(long id) {
        OutboxMessage message = get(id).orElseThrow(() -> new NotFoundException("MailOutbox", id));
        if (!message.canResend()) {
            throw new RuleViolationException("mail.error.notResendable");
        }
        String address = message.toAddress();
        if (message.recipientId() != null) {
            var account = jdbc.sql("select enabled, email from user_account where id = :id").param("id", message.recipientId())
                    .query((rs, i) -> new Object[] {rs.getBoolean("enabled"), rs.getString("email")}).single();
            if (!(Boolean) account[0]) {
                throw new RuleViolationException("mail.error.recipientDisabled");
            }
            address = (String) account[1];
        }
        if (!MailAddresses.isValid(address)) {
            throw new RuleViolationException("mail.error.resendNoAddress");
        }
        jdbc.sql("""
                        update mail_outbox set status = 'WAITING', to_address = :address, attempts = 0,
                               next_attempt_at = :now, sending_since = null, last_error = null, sent_at = null,
                               created_at = :now
                        where id = :id
                        """)
                .param("address", address).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    @Transactional
    public void cancel(long id) {
        OutboxMessage message = get(id).orElseThrow(() -> new NotFoundException("MailOutbox", id));
        if (!message.canCancel()) {
            throw new RuleViolationException("mail.error.notCancellable");
        }
        jdbc.sql("update mail_outbox set status = 'CANCELLED', last_error = :error where id = :id and status = 'WAITING'")
                .param("error", error("mail.error.cancelledByAdmin", "")).param("id", id).update();
    }

    /** The due messages, each marked as being sent (one more attempt), locked rows skipped. */
    private List<Claimed> claim(Collection<Long> only) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update mail_outbox set status = 'SENDING', sending_since = :now, attempts = attempts + 1
                        where id in (select id from mail_outbox
                                     where status = 'WAITING' and next_attempt_at <= :now %s
                                     order by next_attempt_at, id limit :batch
                                     for update skip locked)
                        returning id, recipient_id, to_address, subject, body_text, body_html, attempts, created_at
                        """.formatted(only == null ? "" : "and id in (:only)"))
                .param("now", Timestamp.from(now))
                .param("only", only == null ? List.of(-1L) : only)
                .param("batch", settings.batchSize())
                .query((rs, i) -> new Claimed(rs.getLong("id"), rs.getObject("recipient_id", Long.class),
                        rs.getString("to_address"), rs.getString("subject"), rs.getString("body_text"),
                        rs.getString("body_html"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant()))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(Claimed::id))
                .toList();
    }

    private MimeMessage mime(MimeMessage mime, Claimed message)
            throws jakarta.mail.MessagingException, java.io.UnsupportedEncodingException {
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(settings.from(), settings.fromName());
        helper.setTo(message.address().strip());
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        mime.setHeader("X-ReformTrack-Outbox-Id", String.valueOf(message.id()));
        return mime;
    }

    private void markSent(long id) {
        transaction.executeWithoutResult(status -> jdbc.sql("""
                        update mail_outbox set status = 'SENT', sent_at = :now, sending_since = null, last_error = null
                        where id = :id
                        """)
                .param("now", Timestamp.from(clock.instant())).param("id", id).update());
    }

    private void finish(long id, OutboxStatus status, String error) {
        transaction.executeWithoutResult(tx -> jdbc.sql("""
                        update mail_outbox set status = :status, sending_since = null, last_error = :error where id = :id
                        """)
                .param("status", status.name()).param("error", error).param("id", id).update());
    }

    /** Back to waiting with the next attempt later; answers false when it had been refused long enough to give up. */
    private boolean retryOrGiveUp(Claimed message, SendFailure failure) {
        Instant now = clock.instant();
        if (message.createdAt().plus(settings.giveUpAfter()).isBefore(now)) {
            finish(message.id(), OutboxStatus.FAILED, error("mail.error.gaveUp", failure.detail()));
            return false;
        }
        String key = failure.kind() == SendFailure.Kind.UNAVAILABLE ? "mail.error.unavailable" : "mail.error.passing";
        transaction.executeWithoutResult(tx -> jdbc.sql("""
                        update mail_outbox set status = 'WAITING', sending_since = null, next_attempt_at = :next,
                               last_error = :error
                        where id = :id
                        """)
                .param("next", Timestamp.from(now.plus(settings.backoff(message.attempts()))))
                .param("error", error(key, failure.detail()))
                .param("id", message.id())
                .update());
        return true;
    }

    /** Back to waiting, this attempt not counted: the run stopped before trying it. */
    private void release(long id) {
        transaction.executeWithoutResult(tx -> jdbc.sql("""
                        update mail_outbox set status = 'WAITING', sending_since = null, attempts = attempts - 1,
                               next_attempt_at = :next
                        where id = :id
                        """)
                .param("next", Timestamp.from(clock.instant().plus(settings.backoff(1))))
                .param("id", id)
                .update());
    }

    /** An error as stored: its message key and a detail, separated by a tab. */
    private static String error(String key, String detail) {
        String text = key + "\t" + (detail == null ? "" : detail);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        String error = rs.getString("last_error");
        String[] parts = error == null ? new String[] {null, null} : error.split("\t", 2);
        Timestamp next = rs.getTimestamp("next_attempt_at");
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxMessage(rs.getLong("id"), rs.getObject("recipient_id", Long.class), rs.getString("to_address"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("kind"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                next == null ? null : next.toInstant(), parts[0], parts.length > 1 ? parts[1] : null,
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }

    private record Claimed(long id, Long recipientId, String address, String subject, String text, String html,
            int attempts, Instant createdAt) {}
}
