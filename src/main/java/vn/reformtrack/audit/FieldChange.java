package vn.reformtrack.audit;

/**
 * One field of a record as a change left it: its label (already in the reader's language) and its value before and
 * after, as the page writes them ({@code ""} for none). {@code hidden}: a secret that changed (a password's hash),
 * shown without its values.
 */
public record FieldChange(String label, String before, String after, boolean hidden) {}
