package vn.reformtrack.shared.imports;

/**
 * A column an import reads. Its header is found in the file by the text of {@code headerKey} in either language, or by
 * {@code id} itself, compared without diacritics and case ("Mã tiêu chí", "ma tieu chi" and "Criterion code" all match).
 *
 * @param id        how the import names the column, e.g. {@code code}
 * @param headerKey message key of the header as templates and exports write it
 * @param required  a file without this column is refused
 */
public record ImportColumn(String id, String headerKey, boolean required) {

    public static ImportColumn required(String id, String headerKey) {
        return new ImportColumn(id, headerKey, true);
    }

    public static ImportColumn optional(String id, String headerKey) {
        return new ImportColumn(id, headerKey, false);
    }
}
