package vn.reformtrack.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * A user's own notifications: the list (by group, unread only), the unread count of the bell, marking read, and
 * opening one (read, then its page). Another user's notification is "not found", whatever its id.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    /** The user's notifications of a group (null: all), unread only when asked, newest first. */
    public Page<InboxItem> list(CurrentUser user, NotificationKind.Topic topic, boolean unreadOnly, Locale locale,
            Pageable pageable) {
        List<String> kinds = java.util.Arrays.stream(NotificationKind.values())
                .filter(kind -> topic == null || kind.topic() == topic)
                .map(Enum::name)
                .toList();
        String where = "recipient_id = :user and kind in (:kinds) and (not :unreadOnly or read_at is null)";
        long total = jdbc.sql("select count(*) from notification where " + where)
                .param("user", user.id()).param("kinds", kinds).param("unreadOnly", unreadOnly)
                .query(Long.class).single();
        boolean english = "en".equals(locale.getLanguage());
        List<InboxItem> items = jdbc.sql("select id, kind, " + (english ? "text_en" : "text_vi") + " as text, link, "
                        + "created_at, read_at is not null as read from notification where " + where
                        + " order by created_at desc, id desc " + RowLimit.of(pageable))
                .param("user", user.id()).param("kinds", kinds).param("unreadOnly", unreadOnly)
                .query((rs, i) -> new InboxItem(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("text"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("read")))
                .list();
        return new PageImpl<>(items, pageable, total);
    }

    /** Marks the user's notification read and answers the page it leads to (the inbox when it leads nowhere). */
    @Transactional
    public String open(CurrentUser user, long id) {
        markRead(user, id);
        return jdbc.sql("select link from notification where id = :id").param("id", id).query(String.class).optional()
                .filter(link -> link != null && link.startsWith("/") && !link.startsWith("//"))
                .orElse("/notifications");
    }

    @Transactional
    public void markRead(CurrentUser user, long id) {
        int mine = jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now) where id = :id and recipient_id = :user
                        """)
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("user", user.id()).update();
        if (mine == 0) {
            throw new NotFoundException("Notification", id);
        }
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :user and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("user", user.id()).update();
    }
}
