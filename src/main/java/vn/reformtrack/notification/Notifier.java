package vn.reformtrack.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.web.Locales;

/**
 * Writes a notification to each recipient's inbox, in both languages (the reader sees theirs), and for those who take
 * it by e-mail writes the e-mail to the outbox, all in the current transaction: with the event that causes it, or
 * not at all. A notice with a key reaches each person once, however often it is sent (two nodes, a second run).
 */
@Component
public class Notifier {

    private final JdbcClient jdbc;
    private final Preferences preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    Notifier(JdbcClient jdbc, Preferences preferences, MailComposer composer, MailOutbox outbox, MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** Sends the notice to the recipients; answers how many received it now (not before). */
    @Transactional
    public int send(Collection<Recipient> recipients, Notice notice) {
        return send(recipients, notice, null);
    }

    /**
     * As {@link #send(Collection, Notice)}, the e-mail written by {@code mail} (recipient and notification id) instead
     * of the notice's own (a digest's table).
     */
    @Transactional
    public int send(Collection<Recipient> recipients, Notice notice, BiFunction<Recipient, Long, Mail> mail) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, Delivery> chosen = preferences.of(recipients.stream().map(Recipient::userId).toList(), notice.kind());
        String vietnamese = text(notice, Locales.VIETNAMESE);
        String english = text(notice, Locales.ENGLISH);
        int delivered = 0;
        for (Recipient recipient : recipients) {
            Delivery delivery = chosen.getOrDefault(recipient.userId(), notice.kind().defaultDelivery());
            Optional<Long> id = write(recipient, notice, delivery, vietnamese, english);
            if (id.isEmpty()) {
                continue;
            }
            delivered++;
            if (delivery == Delivery.EMAIL) {
                String text = recipient.locale().getLanguage().equals("en") ? english : vietnamese;
                Mail written = mail == null ? composer.notice(recipient, notice.kind(), text, id.get())
                        : mail.apply(recipient, id.get());
                outbox.enqueue(recipient.userId(), recipient.email(), written, notice.kind().name());
            }
        }
        return delivered;
    }

    private Optional<Long> write(Recipient recipient, Notice notice, Delivery delivery, String vietnamese,
            String english) {
        List<Long> ids = jdbc.sql("""
                        insert into notification (recipient_id, kind, text_vi, text_en, link, dedup_key, delivery, created_at)
                        values (:recipient, :kind, :vi, :en, :link, :key, :delivery, :now)
                        on conflict (recipient_id, dedup_key) where dedup_key is not null do nothing
                        returning id
                        """)
                .param("recipient", recipient.userId())
                .param("kind", notice.kind().name())
                .param("vi", clip(vietnamese))
                .param("en", clip(english))
                .param("link", notice.link())
                .param("key", notice.dedupKey())
                .param("delivery", delivery.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        return ids.stream().findFirst();
    }

    private String text(Notice notice, Locale locale) {
        Object[] arguments = notice.arguments().stream()
                .map(argument -> argument instanceof Localized localized ? localized.in(locale) : argument)
                .toArray();
        return messages.getMessage(notice.kind().textKey(), arguments, locale);
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }
}
