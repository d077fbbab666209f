package vn.reformtrack.notification;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.web.Locales;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Each user's choices: per kind, in the application only, also by e-mail, or in a daily digest (a kind's default
 * until they choose), and the language of their notifications and e-mails.
 */
@Service
@Transactional(readOnly = true)
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One user's choice for every kind. */
    public Map<NotificationKind, Delivery> of(long userId) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.defaultDelivery());
        }
        jdbc.sql("select kind, delivery from notification_preference where user_id = :user")
                .param("user", userId)
                .query((rs, i) -> Map.entry(rs.getString("kind"), rs.getString("delivery")))
                .list()
                .forEach(entry -> known(entry.getKey()).ifPresent(kind ->
                        choices.put(kind, Delivery.valueOf(entry.getValue()))));
        return choices;
    }

    /** Many users' choices for one kind (one query). */
    Map<Long, Delivery> of(Collection<Long> userIds, NotificationKind kind) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select user_id, delivery from notification_preference where kind = :kind and user_id in (:ids)")
                .param("kind", kind.name())
                .param("ids", userIds)
                .query((rs, i) -> Map.entry(rs.getLong("user_id"), Delivery.valueOf(rs.getString("delivery"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Locale language(long userId) {
        return jdbc.sql("select language from notification_profile where user_id = :user")
                .param("user", userId)
                .query(String.class).optional()
                .map(Locale::forLanguageTag)
                .orElse(Locales.VIETNAMESE);
    }

    /**
     * Stores a user's choices, all or none: a kind unknown, a choice the kind does not offer or a language other than
     * Vietnamese and English is refused.
     */
    @Transactional
    public void save(long userId, String language, Map<String, String> choices) {
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw RuleViolationException.onField("language", "preferences.error.language");
        }
        Map<NotificationKind, Delivery> checked = new EnumMap<>(NotificationKind.class);
        choices.forEach((name, value) -> {
            NotificationKind kind = known(name).orElseThrow(() -> new RuleViolationException("preferences.error.kind"));
            Delivery delivery;
            try {
                delivery = Delivery.valueOf(value);
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new RuleViolationException("preferences.error.delivery");
            }
            if (!kind.choices().contains(delivery)) {
                throw new RuleViolationException("preferences.error.delivery");
            }
            checked.put(kind, delivery);
        });
        jdbc.sql("""
                        insert into notification_profile (user_id, language, updated_at) values (:user, :language, now())
                        on conflict (user_id) do update set language = :language, updated_at = now()
                        """)
                .param("user", userId).param("language", language).update();
        checked.forEach((kind, delivery) -> jdbc.sql("""
                        insert into notification_preference (user_id, kind, delivery) values (:user, :kind, :delivery)
                        on conflict (user_id, kind) do update set delivery = :delivery
                        """)
                .param("user", userId).param("kind", kind.name()).param("delivery", delivery.name()).update());
    }

    private static java.util.Optional<NotificationKind> known(String name) {
        try {
            return java.util.Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return java.util.Optional.empty();
        }
    }
}
