package vn.reformtrack.notification.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.notification.Inbox;

/**
 * The bell in the layout ({@code @notificationBell} in templates): the signed-in user's unread count, one indexed
 * count per page (0 for anyone else, and never an error page of its own).
 */
@Component("notificationBell")
class NotificationBell {

    private final Inbox inbox;

    NotificationBell(Inbox inbox) {
        this.inbox = inbox;
    }

    public long unread() {
        return CurrentUser.of(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> {
                    try {
                        return inbox.unread(user.id());
                    } catch (RuntimeException unavailable) {
                        return 0L;
                    }
                })
                .orElse(0L);
    }
}
