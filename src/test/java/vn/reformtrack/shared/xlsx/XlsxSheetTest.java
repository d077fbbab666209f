package vn.reformtrack.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A long sheet is written through a window of rows: memory holds at most the window, the file holds every row. */
class XlsxSheetTest {

    @Test
    void aLongSheetKeepsOnlyItsWindowInMemoryAndWritesEveryRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int mostInMemory = 0;
        try (XlsxSheet sheet = new XlsxSheet("Nhiệm vụ", List.of("Mã", "Nội dung", "Hạn"))) {
            for (int i = 0; i < 5_000; i++) {
                sheet.row(i, "Nhiệm vụ số " + i + (i == 3 ? " có nội dung dài hơn mọi dòng khác của bảng" : ""),
                        LocalDate.of(2026, 1, 1).plusDays(i % 365));
                mostInMemory = Math.max(mostInMemory, sheet.rowsInMemory());
            }
            sheet.writeTo(out);
        }

        assertThat(mostInMemory).isLessThanOrEqualTo(XlsxSheet.WINDOW);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet written = workbook.getSheetAt(0);
            assertThat(written.getLastRowNum()).isEqualTo(5_001);
            assertThat(written.getRow(5_001).getCell(0).getNumericCellValue()).isEqualTo(4_999);
            assertThat(written.getRow(2 + 3).getCell(1).getStringCellValue()).endsWith("khác của bảng");
            assertThat(written.getColumnWidth(1)).as("sized to the first window's longest text")
                    .isGreaterThan(written.getColumnWidth(0));
        }
    }
}
