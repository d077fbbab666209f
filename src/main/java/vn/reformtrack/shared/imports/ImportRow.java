package vn.reformtrack.shared.imports;

import java.io.Serializable;
import java.util.Map;

/**
 * One data row of an uploaded file: its number as the spreadsheet shows it (the header is row 1 in a plain file) and
 * its cells by column id, stripped; an absent or empty cell is an empty string.
 */
public record ImportRow(int number, Map<String, String> values) implements Serializable {

    public ImportRow {
        values = Map.copyOf(values);
    }

    public String get(String columnId) {
        return values.getOrDefault(columnId, "");
    }

    public boolean has(String columnId) {
        return !get(columnId).isEmpty();
    }
}
