package vn.reformtrack.notification;

import java.time.Instant;

/** A notification as its reader's inbox shows it, in the language of the page. */
public record InboxItem(long id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {}
