package vn.reformtrack.planning;

/**
 * One field of an amendment: its label (a message key such as {@code task.title}) and the values before and after,
 * as pages show them (names, dates {@code dd/MM/yyyy}; enum values as their message keys, e.g. {@code TaskPriority.HIGH}).
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public boolean changed() {
        return !before.equals(after);
    }
}
