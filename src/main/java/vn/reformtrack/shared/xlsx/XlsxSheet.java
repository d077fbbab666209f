package vn.reformtrack.shared.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One streaming sheet: a bold title row, a header row, then data rows. Numbers stay numbers and dates stay dates,
 * so the reader can sum and sort in Excel. Only the last {@value #WINDOW} rows stay in memory; older ones go to a
 * compressed temporary file until the workbook is written out. Columns are sized to the rows of the first window
 * (measuring every cell of a long sheet's text costs more than writing it).
 */
public final class XlsxSheet implements AutoCloseable {

    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook;
    private final boolean ownsWorkbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle decimalStyle;
    private final int columns;
    private int nextRow;

    XlsxSheet(String title, List<String> headers) {
        this(newWorkbook(), true, title, title, headers);
    }

    /** A sheet of a workbook of several ({@link XlsxBook}), named {@code name}, with {@code title} in its first row. */
    XlsxSheet(SXSSFWorkbook workbook, boolean ownsWorkbook, String name, String title, List<String> headers) {
        this.workbook = workbook;
        this.ownsWorkbook = ownsWorkbook;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        this.columns = headers.size();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        decimalStyle = workbook.createCellStyle();
        decimalStyle.setDataFormat(workbook.createDataFormat().getFormat("0.###"));

        Cell titleCell = sheet.createRow(nextRow++).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(headerStyle);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, nextRow);
        sheet.trackAllColumnsForAutoSizing();
    }

    /** A workbook keeping the last {@value #WINDOW} rows of each sheet in memory, the rest compressed on disk. */
    static SXSSFWorkbook newWorkbook() {
        return new SXSSFWorkbook(null, WINDOW, true);
    }

    /** Appends a row; each value is a String, Number, LocalDate, Boolean or null. */
    public XlsxSheet row(Object... values) {
        if (nextRow == WINDOW) {
            sizeColumns();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(decimalStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        sizeColumns();
        workbook.write(out);
    }

    /** How many rows are held in memory now (the rest are in the temporary file). */
    int rowsInMemory() {
        return nextRow - 1 - sheet.getLastFlushedRowNum();
    }

    void sizeColumns() {
        if (!sheet.isColumnTrackedForAutoSizing(0)) {
            return;
        }
        for (int i = 0; i < columns; i++) {
            sheet.autoSizeColumn(i);
        }
        sheet.untrackAllColumnsForAutoSizing();
    }

    @Override
    public void close() throws IOException {
        if (ownsWorkbook) {
            workbook.close();
            workbook.dispose();
        }
    }
}
