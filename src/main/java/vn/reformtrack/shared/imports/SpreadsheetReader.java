package vn.reformtrack.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.Tika;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Reads the first sheet of an .xlsx workbook (Apache POI) or a CSV file (commons-csv) into rows of text, deciding by
 * the content, never by the file name. CSV must be UTF-8 (with or without the BOM Excel writes) and may be separated by
 * commas, semicolons (Excel with a decimal comma) or tabs. Refusals are {@link RuleViolationException}s on the field
 * {@code file} with a message key.
 */
final class SpreadsheetReader {

    /** A row as read: its number as the spreadsheet shows it (1-based) and its cells as text. */
    record RawRow(int number, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Recognises PDFs, images, archives and the like by their signatures. */
    private static final Tika TIKA = new Tika();

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetReader() {}

    static List<RawRow> read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw refused("import.error.empty");
        }
        if (startsWith(content, ZIP)) {
            return readXlsx(content, maxRows);
        }
        if (startsWith(content, OLE2)) {
            throw refused("import.error.oldExcel");
        }
        return readCsv(content, maxRows);
    }

    private static List<RawRow> readXlsx(byte[] content, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw refused("import.error.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows + 10) {
                throw refused("import.error.tooManyRows", maxRows);
            }
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (RuleViolationException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException notAWorkbook) {
            // A ZIP that is not a workbook (a .docx, an archive), a damaged file, or one POI refuses as a zip bomb.
            throw refused("import.error.notSpreadsheet");
        }
    }

    /** Numbers as plain decimals (92.18, never 92,18 or 9.218E1), so that codes and scores read the same in any locale. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<RawRow> readCsv(byte[] content, int maxRows) {
        if (looksBinary(content) || !TIKA.detect(content).startsWith("text/")) {
            throw refused("import.error.notSpreadsheet");
        }
        int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw refused("import.error.encoding");
        }
        if (text.isBlank()) {
            throw refused("import.error.empty");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows + 10) {
                    throw refused("import.error.tooManyRows", maxRows);
                }
                rows.add(new RawRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            throw refused("import.error.unreadable");
        }
        return rows;
    }

    /** The separator of the first line: the most frequent of comma, semicolon and tab outside quotes. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Text files have no NUL and few control characters; images, PDFs and executables do. */
    private static boolean looksBinary(byte[] content) {
        int sample = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0D && b < 0x20) {
                control++;
            }
        }
        return control > sample / 100;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static RuleViolationException refused(String messageKey, Object... arguments) {
        return RuleViolationException.onField("file", messageKey, arguments);
    }
}
