package vn.reformtrack.notification;

import java.util.List;

/**
 * One notification to send to some people: its kind, the arguments of its text (strings, or message resolvables such
 * as a period's name, written in each reader's language), the page it leads to, and the key that makes it once per
 * person (null: every time).
 */
public record Notice(NotificationKind kind, List<Object> arguments, String link, String dedupKey) {

    public static Notice of(NotificationKind kind, String link, String dedupKey, Object... arguments) {
        return new Notice(kind, List.of(arguments), link, dedupKey);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
