package vn.reformtrack.shared.imports;

import java.io.Serializable;

/**
 * What is wrong with one row of an import, shown on the preview page in the reader's language.
 *
 * @param row         the row number as the spreadsheet shows it
 * @param columnKey   message key of the column's header (null for the row as a whole)
 * @param messageKey  message key of the explanation
 * @param arguments   its arguments (strings and numbers)
 */
public record RowError(int row, String columnKey, String messageKey, Object[] arguments) implements Serializable {

    public static RowError of(ImportRow row, ImportColumn column, String messageKey, Object... arguments) {
        return new RowError(row.number(), column == null ? null : column.headerKey(), messageKey, arguments);
    }
}
