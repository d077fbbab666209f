package vn.reformtrack.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One field of an amendment: its label (a message key such as {@code task.title}) and the values before and after,
 * as pages show them (names, dates {@code dd/MM/yyyy}; enum values as their message keys, e.g. {@code TaskPriority.HIGH}).
 * Histories keep a change's fields in one text column, one field a line ({@link #encode}, {@link #decode}).
 */
public record FieldChange(String field, String before, String after) {

    private static final String SEPARATOR = "\t";

    public FieldChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public boolean changed() {
        return !before.equals(after);
    }

    /** "field<TAB>before<TAB>after" a line, tabs and line breaks inside values made spaces; null for none. */
    public static String encode(List<FieldChange> changes) {
        return changes.isEmpty() ? null : changes.stream()
                .map(change -> String.join(SEPARATOR, clean(change.field()), clean(change.before()), clean(change.after())))
                .collect(Collectors.joining("\n"));
    }

    /** The fields of an {@link #encode encoded} text, in order; none for null. */
    public static List<FieldChange> decode(String details) {
        List<FieldChange> changes = new ArrayList<>();
        if (details == null) {
            return changes;
        }
        for (String line : details.split("\n")) {
            String[] parts = Arrays.copyOf(line.split(SEPARATOR, -1), 3);
            changes.add(new FieldChange(parts[0], parts[1], parts[2]));
        }
        return changes;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
