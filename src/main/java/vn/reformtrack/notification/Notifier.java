package vn.reformtrack.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
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
     * of the notice's own (a digest's table). A handful of statements whatever the number of recipients.
     */
    @Transactional
    public int send(Collection<Recipient> recipients, Notice notice, BiFunction<Recipient, Long, Mail> mail) {
        if (recipients.isEmpty()) {
            return 0;
        }
        List<Recipient> people = List.copyOf(recipients);
        Map<Long, Delivery> chosen = preferences.of(people.stream().map(Recipient::userId).toList(), notice.kind());
        List<Delivery> deliveries = people.stream()
                .map(recipient -> chosen.getOrDefault(recipient.userId(), notice.kind().defaultDelivery()))
                .toList();
        String vietnamese = text(notice, Locales.VIETNAMESE);
        String english = text(notice, Locales.ENGLISH);
        List<Optional<Long>> ids = write(people, deliveries, notice, vietnamese, english);
        Mails mails = new Mails();
        int delivered = 0;
        for (int i = 0; i < people.size(); i++) {
            if (ids.get(i).isEmpty()) {
                continue;
            }
            delivered++;
            if (deliveries.get(i) == Delivery.EMAIL) {
                Recipient recipient = people.get(i);
                String text = recipient.locale().getLanguage().equals("en") ? english : vietnamese;
                mails.add(new MailOutbox.Outgoing(recipient.userId(), recipient.email(), mail == null
                        ? composer.notice(recipient, notice.kind(), text, ids.get(i).get())
                        : mail.apply(recipient, ids.get(i).get()), notice.kind().name()));
            }
        }
        mails.flush();
        return delivered;
    }

    /**
     * Writes the notice to each person's inbox in one statement, at most once per person and key; answers, person by
     * person, the notification written now (empty: they had it already).
     */
    private List<Optional<Long>> write(List<Recipient> people, List<Delivery> deliveries, Notice notice,
            String vietnamese, String english) {
        List<Map.Entry<Long, Long>> written = jdbc.sql("""
                        insert into notification (recipient_id, kind, text_vi, text_en, link, dedup_key, delivery, created_at)
                        select person.id, :kind, :vi, :en, :link, :key, person.delivery, :now
                        from unnest(cast(:people as bigint[]), cast(:deliveries as varchar[])) with ordinality
                             as person(id, delivery, position)
                        order by person.position
                        on conflict (recipient_id, dedup_key) where dedup_key is not null do nothing
                        returning id, recipient_id
                        """)
                .param("people", people.stream().map(Recipient::userId).toArray(Long[]::new))
                .param("deliveries", deliveries.stream().map(Delivery::name).toArray(String[]::new))
                .param("kind", notice.kind().name())
                .param("vi", clip(vietnamese))
                .param("en", clip(english))
                .param("link", notice.link())
                .param("key", notice.dedupKey())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, i) -> Map.entry(rs.getLong("id"), rs.getLong("recipient_id")))
                .list();
        // Ids grow in the order the rows were written, which is the people's order: each person takes theirs in turn.
        Map<Long, Deque<Long>> byPerson = new HashMap<>();
        written.stream().sorted(Map.Entry.comparingByKey())
                .forEach(row -> byPerson.computeIfAbsent(row.getValue(), person -> new ArrayDeque<>()).add(row.getKey()));
        return people.stream()
                .map(person -> Optional.ofNullable(byPerson.getOrDefault(person.userId(), new ArrayDeque<>()).poll()))
                .toList();
    }

    /** The e-mails of one notice, written to the outbox a few megabytes at a time (a digest's table can be long). */
    private final class Mails {

        private static final int FLUSH_AT_CHARS = 4_000_000;

        private final List<MailOutbox.Outgoing> waiting = new ArrayList<>();
        private long chars;

        void add(MailOutbox.Outgoing outgoing) {
            waiting.add(outgoing);
            chars += outgoing.mail().text().length() + outgoing.mail().html().length();
            if (chars >= FLUSH_AT_CHARS) {
                flush();
            }
        }

        void flush() {
            if (!waiting.isEmpty()) {
                outbox.enqueueAll(waiting);
                waiting.clear();
                chars = 0;
            }
        }
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
