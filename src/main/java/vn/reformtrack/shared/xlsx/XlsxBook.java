package vn.reformtrack.shared.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of several sheets (e.g. a decision's annexes, one a group), each written like {@link XlsxSheet}: a bold
 * title row, a header row, data rows with numbers as numbers.
 */
public final class XlsxBook implements AutoCloseable {

    private final SXSSFWorkbook workbook = XlsxSheet.newWorkbook();
    private final List<XlsxSheet> sheets = new ArrayList<>();

    /** A new sheet named {@code name} (unique in the book, 31 characters at most) with {@code title} above its headers. */
    public XlsxSheet sheet(String name, String title, List<String> headers) {
        XlsxSheet sheet = new XlsxSheet(workbook, false, name, title, headers);
        sheets.add(sheet);
        return sheet;
    }

    public byte[] toBytes() {
        try {
            sheets.forEach(XlsxSheet::sizeColumns);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
