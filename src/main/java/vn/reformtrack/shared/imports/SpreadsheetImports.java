package vn.reformtrack.shared.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.Locales;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The reading half of every spreadsheet import: an uploaded .xlsx or .csv becomes rows keyed by column, after the
 * checks every import shares (size, content type, encoding, header, number of rows). What the rows mean is the
 * importing module's business. Refusals are {@link RuleViolationException}s on the field {@code file}.
 */
@Component
public class SpreadsheetImports {

    /** Larger files are refused before they are read. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** More data rows than this are refused (a national table with 100 criterion scores each is 6,300). */
    public static final int MAX_ROWS = 20_000;

    /** The header may sit below a title, as in the application's own exports and templates. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private final MessageSource messages;

    public SpreadsheetImports(MessageSource messages) {
        this.messages = messages;
    }

    public int maxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }

    public int maxRows() {
        return MAX_ROWS;
    }

    /** The data rows of an upload, blank rows left out, each with its cells by column id. */
    public List<ImportRow> read(byte[] content, List<ImportColumn> columns) {
        if (content != null && content.length > MAX_BYTES) {
            throw SpreadsheetReader.refused("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<SpreadsheetReader.RawRow> raw = SpreadsheetReader.read(content, MAX_ROWS);
        int headerIndex = -1;
        Map<String, Integer> positions = Map.of();
        for (int i = 0; i < Math.min(raw.size(), HEADER_SEARCH_ROWS) && headerIndex < 0; i++) {
            Map<String, Integer> found = match(raw.get(i).cells(), columns);
            if (columns.stream().filter(ImportColumn::required).allMatch(column -> found.containsKey(column.id()))) {
                headerIndex = i;
                positions = found;
            }
        }
        if (headerIndex < 0) {
            throw SpreadsheetReader.refused("import.error.header", String.join(", ", requiredHeaders(columns)));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (SpreadsheetReader.RawRow row : raw.subList(headerIndex + 1, raw.size())) {
            if (row.isBlank()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            positions.forEach((id, index) -> values.put(id, index < row.cells().size() ? row.cells().get(index).strip() : ""));
            rows.add(new ImportRow(row.number(), values));
        }
        if (rows.isEmpty()) {
            throw SpreadsheetReader.refused("import.error.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            throw SpreadsheetReader.refused("import.error.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    /**
     * The constant whose name or label (key {@code Type.CONSTANT}, in either language) the text is, compared without
     * diacritics; null when none is.
     */
    public <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        String folded = VietnameseText.fold(text).replace('_', ' ');
        for (E constant : type.getEnumConstants()) {
            for (String alias : aliases(type.getSimpleName() + "." + constant.name(), constant.name())) {
                if (alias.equals(folded)) {
                    return constant;
                }
            }
        }
        return null;
    }

    /** The headers of the columns in the reader's language, for templates and messages. */
    public List<String> headers(List<ImportColumn> columns, Locale locale) {
        return columns.stream().map(column -> messages.getMessage(column.headerKey(), null, column.id(), locale)).toList();
    }

    private Map<String, Integer> match(List<String> cells, List<ImportColumn> columns) {
        Map<String, Integer> positions = new HashMap<>();
        for (ImportColumn column : columns) {
            Set<String> aliases = aliases(column.headerKey(), column.id());
            for (int i = 0; i < cells.size(); i++) {
                if (aliases.contains(VietnameseText.fold(cells.get(i)).replace('_', ' ').replace("*", "").strip())) {
                    positions.putIfAbsent(column.id(), i);
                }
            }
        }
        return positions;
    }

    private Set<String> aliases(String key, String id) {
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(VietnameseText.fold(id).replace('_', ' '));
        for (Locale locale : Locales.SUPPORTED) {
            aliases.add(VietnameseText.fold(messages.getMessage(key, null, id, locale)).replace('_', ' '));
        }
        return aliases;
    }

    private List<String> requiredHeaders(List<ImportColumn> columns) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return columns.stream().filter(ImportColumn::required)
                .map(column -> messages.getMessage(column.headerKey(), null, column.id(), locale))
                .toList();
    }
}
