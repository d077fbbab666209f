package vn.reformtrack.shared.xlsx;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every table of the application exports to .xlsx through this: column headers are message keys (so the file is in
 * the reader's language), rows are plain values, and the download gets a safe dated file name. Each download is
 * published as a {@link SpreadsheetExported} for the audit trail.
 */
@Component
public class XlsxExports {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public XlsxExports(MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A one-sheet workbook as a download.
     *
     * @param fileBaseName  e.g. {@code nhiem-vu}; the date and {@code .xlsx} are added
     * @param titleKey      message key of the sheet's title
     * @param headerKeys    message keys of the column headers
     * @param rows          writes the rows
     */
    public ResponseEntity<byte[]> download(
            String fileBaseName, String titleKey, List<String> headerKeys, Consumer<XlsxSheet> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = headerKeys.stream()
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
        String title = messages.getMessage(titleKey, null, titleKey, locale);
        byte[] workbook = write(title, headers, rows);
        String fileName = fileBaseName + "-" + LocalDate.now(clock) + ".xlsx";
        events.publishEvent(new SpreadsheetExported(fileName, titleKey));
        return attachment(fileName, workbook);
    }

    /**
     * A one-sheet workbook written straight into the response as a download, for lists that may be long: the rows
     * pass through the sheet's window ({@link XlsxSheet}) and the .xlsx is zipped into the response's stream, so
     * neither the rows nor the file are ever held whole in memory. {@code rows} should read its rows one at a time too.
     */
    public void stream(HttpServletResponse response, String fileBaseName, String titleKey, List<String> headerKeys,
            Consumer<XlsxSheet> rows) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        streamTexts(response, fileBaseName, messages.getMessage(titleKey, null, titleKey, locale),
                headerKeys.stream().map(key -> messages.getMessage(key, null, key, locale)).toList(), rows);
    }

    /** As {@link #stream}, with the title and column headers already in the reader's language. */
    public void streamTexts(HttpServletResponse response, String fileBaseName, String title, List<String> headers,
            Consumer<XlsxSheet> rows) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(title, headers)) {
            rows.accept(sheet);
            response.setContentType(XLSX.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(
                    fileBaseName + "-" + LocalDate.now(clock) + ".xlsx"));
            sheet.writeTo(response.getOutputStream());
        }
    }

    /** Writes a workbook with one sheet into memory; tests and other modules use the bytes directly. */
    public static byte[] write(String title, List<String> headers, Consumer<XlsxSheet> rows) {
        try (XlsxSheet sheet = new XlsxSheet(title, headers)) {
            rows.accept(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheet.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseEntity<byte[]> attachment(String fileName, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .body(workbook);
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
