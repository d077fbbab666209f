package vn.reformtrack.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** Upload files made in the test: workbooks through POI (as the application writes them), CSV through commons-csv. */
public final class Spreadsheets {

    private Spreadsheets() {}

    /** A workbook with a title row, the header, then the rows (all cells as text, as people often type them). */
    public static byte[] xlsx(List<String> header, List<List<String>> rows) {
        return XlsxExports.write("Tệp thử", header, sheet -> rows.forEach(row -> sheet.row(row.toArray())));
    }

    /** A CSV as Excel writes "CSV UTF-8": with a BOM; {@code delimiter} ';' as with a decimal comma. */
    public static byte[] csv(char delimiter, boolean bom, Charset charset, List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (bom) {
                bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, charset),
                    CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        return csv(',', false, StandardCharsets.UTF_8, header, rows);
    }

    public static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** The first bytes of a PNG image: certainly not a spreadsheet, whatever its name says. */
    public static byte[] png() {
        byte[] png = new byte[256];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        return png;
    }
}
