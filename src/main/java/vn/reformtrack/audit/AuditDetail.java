package vn.reformtrack.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The detail of a line that is not a record's change, kept in one text column: one {@link Line} a row, "label key,
 * before, after" separated by tabs. A note is a line with a label only; a value has no before.
 */
public final class AuditDetail {

    private static final String SEPARATOR = "\t";

    /** One row of a detail: a message key naming what, and the values before and after (either may be empty). */
    public record Line(String labelKey, String before, String after) {

        static Line note(String labelKey) {
            return new Line(labelKey, null, null);
        }

        static Line value(String labelKey, String value) {
            return new Line(labelKey, null, value);
        }

        public boolean isNote() {
            return (before == null || before.isEmpty()) && (after == null || after.isEmpty());
        }
    }

    private AuditDetail() {}

    static String write(List<Line> lines) {
        return lines.stream()
                .map(line -> String.join(SEPARATOR, clean(line.labelKey()), clean(line.before()), clean(line.after())))
                .collect(Collectors.joining("\n"));
    }

    static List<Line> read(String detail) {
        List<Line> lines = new ArrayList<>();
        if (detail == null || detail.isBlank()) {
            return lines;
        }
        for (String row : detail.split("\n")) {
            String[] parts = Arrays.copyOf(row.split(SEPARATOR, -1), 3);
            lines.add(new Line(parts[0], parts[1], parts[2]));
        }
        return lines;
    }

    /** Values are kept on one line each: tabs and line breaks inside them become spaces. */
    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
