package vn.reformtrack.shared.xlsx;

/**
 * A list left the application as a spreadsheet (published by {@link XlsxExports} when the file is made, in the
 * request's thread): the audit trail records who took which list.
 *
 * @param fileName the download's file name
 * @param titleKey message key of the list's title
 */
public record SpreadsheetExported(String fileName, String titleKey) {}
