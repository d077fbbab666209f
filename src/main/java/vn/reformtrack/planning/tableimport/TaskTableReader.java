package vn.reformtrack.planning.tableimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Reads the task table of a plan annex (.xlsx) as provinces lay it out: a title, then a header row — STT, nội dung
 * nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành, sản phẩm, mã tiêu chí, in any order, possibly under
 * a merged "Đơn vị thực hiện" header spanning a second row — then the tasks, with group headings ("I. Công tác chỉ
 * đạo điều hành") between them. Merged cells count for every row they span. Dates may be real Excel dates.
 */
public final class TaskTableReader {

    /** The columns the reader looks for, with the words their headers contain (folded), in the order tried. */
    public enum Column {
        LEAD("chu tri"),
        COORDINATING("phoi hop"),
        OUTPUT("san pham|ket qua"),
        DEADLINE("thoi gian|thoi han|tien do|han hoan thanh|hoan thanh"),
        CRITERIA("tieu chi|chi so"),
        TITLE("noi dung|nhiem vu|cong viec"),
        NUMBER("^(stt|tt|so tt|so thu tu)$");

        private final Pattern header;

        Column(String words) {
            this.header = Pattern.compile(words);
        }
    }

    /** One row below the header, its cells by column (blank when absent), with its row number as Excel shows it. */
    public record SheetRow(int rowNumber, Map<Column, String> cells) {

        public String get(Column column) {
            return cells.getOrDefault(column, "");
        }

        /** A group heading ("II. Cải cách thể chế"): words in the task column and nothing else beside them. */
        public boolean isHeading() {
            return !get(Column.TITLE).isBlank() && get(Column.LEAD).isBlank() && get(Column.COORDINATING).isBlank()
                    && get(Column.DEADLINE).isBlank() && get(Column.OUTPUT).isBlank() && get(Column.CRITERIA).isBlank();
        }
    }

    public static final int MAX_ROWS = 2000;
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TaskTableReader() {}

    /** The task rows of the first sheet that has the header; refused with a message when the file cannot be read. */
    public static List<SheetRow> read(byte[] content) {
        try (Workbook workbook = open(content)) {
            for (Sheet sheet : workbook) {
                List<SheetRow> rows = read(sheet);
                if (rows != null) {
                    return rows;
                }
            }
            throw new RuleViolationException("taskImport.error.noHeader");
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    /** Anything POI cannot open as a workbook — another format, a damaged or empty file — is "not an .xlsx". */
    private static Workbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException unreadable) {
            throw new RuleViolationException("taskImport.error.notXlsx");
        }
    }

    /** The sheet's rows, or null when it has no header row. */
    private static List<SheetRow> read(Sheet sheet) {
        Cells cells = new Cells(sheet);
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Map<Column, Integer> columns = columns(cells, r, false);
            if (!columns.containsKey(Column.TITLE) || !columns.containsKey(Column.LEAD) && !isGroupHeader(cells, r)) {
                continue;
            }
            int firstData = r + 1;
            if (!columns.containsKey(Column.LEAD) || !columns.containsKey(Column.COORDINATING)) {
                Map<Column, Integer> twoRows = columns(cells, r, true);
                if (twoRows.containsKey(Column.LEAD)) {
                    columns = twoRows;
                    firstData = r + 2;
                }
            }
            List<String> missing = new ArrayList<>();
            for (Column required : List.of(Column.TITLE, Column.LEAD, Column.DEADLINE)) {
                if (!columns.containsKey(required)) {
                    missing.add(required.name());
                }
            }
            if (!missing.isEmpty()) {
                throw new RuleViolationException("taskImport.error.columnsMissing", String.join(", ", missing));
            }
            return rows(cells, columns, firstData, sheet.getLastRowNum());
        }
        return null;
    }

    private static boolean isGroupHeader(Cells cells, int r) {
        return cells.folded(r).stream().anyMatch(text -> text.contains("don vi"));
    }

    /** Which column holds what, from the header row (and the row under it when {@code twoRows}). */
    private static Map<Column, Integer> columns(Cells cells, int r, boolean twoRows) {
        List<String> top = cells.folded(r);
        List<String> below = twoRows ? cells.folded(r + 1) : List.of();
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int c = 0; c < Math.max(top.size(), below.size()); c++) {
            String upper = c < top.size() ? top.get(c) : "";
            String lower = c < below.size() ? below.get(c) : "";
            String header = (upper.equals(lower) ? upper : upper + " " + lower).strip();
            for (Column column : Column.values()) {
                if (!columns.containsKey(column) && !header.isEmpty() && column.header.matcher(header).find()) {
                    columns.put(column, c);
                    break;
                }
            }
        }
        return columns;
    }

    private static List<SheetRow> rows(Cells cells, Map<Column, Integer> columns, int first, int last) {
        List<SheetRow> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            Map<Column, String> values = new EnumMap<>(Column.class);
            for (Map.Entry<Column, Integer> column : columns.entrySet()) {
                values.put(column.getKey(), cells.text(r, column.getValue()));
            }
            if (values.values().stream().allMatch(String::isBlank) || isColumnNumbering(values)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new RuleViolationException("taskImport.error.tooManyRows", MAX_ROWS);
            }
            rows.add(new SheetRow(r + 1, values));
        }
        if (rows.isEmpty()) {
            throw new RuleViolationException("taskImport.error.empty");
        }
        return rows;
    }

    /** The row of column numbers "(1) (2) (3) …" that annexes put under their header. */
    private static boolean isColumnNumbering(Map<Column, String> values) {
        List<String> filled = values.values().stream().filter(value -> !value.isBlank()).toList();
        return filled.size() >= 3 && filled.stream().allMatch(value -> COLUMN_NUMBER.matcher(value).matches());
    }

    /** Cell texts as the reader sees them: merged cells repeat their value, dates read dd/MM/yyyy. */
    private static final class Cells {

        private final Sheet sheet;
        private final Map<Long, Cell> mergedOrigins = new HashMap<>();
        private final DataFormatter formatter = new DataFormatter();

        Cells(Sheet sheet) {
            this.sheet = sheet;
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                Row row = sheet.getRow(region.getFirstRow());
                Cell origin = row == null ? null : row.getCell(region.getFirstColumn());
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        mergedOrigins.put(key(r, c), origin);
                    }
                }
            }
        }

        List<String> folded(int r) {
            Row row = sheet.getRow(r);
            List<String> texts = new ArrayList<>();
            int last = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
            for (int c = 0; c < last; c++) {
                texts.add(VietnameseText.fold(text(r, c)));
            }
            return texts;
        }

        String text(int r, int c) {
            Cell cell = mergedOrigins.containsKey(key(r, c)) ? mergedOrigins.get(key(r, c)) : cellAt(r, c);
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return DATE.format(cell.getLocalDateTimeCellValue().toLocalDate());
            }
            if (type == CellType.STRING) {
                return cell.getStringCellValue().strip();
            }
            return formatter.formatCellValue(cell).strip();
        }

        private Cell cellAt(int r, int c) {
            Row row = sheet.getRow(r);
            return row == null ? null : row.getCell(c);
        }

        private static long key(int r, int c) {
            return ((long) r << 20) | c;
        }
    }
}
