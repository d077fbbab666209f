package vn.reformtrack.planning.tableimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.organization.UnitRow;

/**
 * The task table as coordinators download it to fill in: the annex layout {@link TaskTableReader} reads, with two
 * example rows, and sheets listing the unit names and criteria codes to copy from. The headers are the annex's own
 * Vietnamese words whatever the page language: they are what the reader recognises.
 */
public final class TaskTableTemplate {

    static final List<String> HEADERS = List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian hoàn thành", "Sản phẩm", "Mã tiêu chí");

    private TaskTableTemplate() {}

    /**
     * @param units    active units, for the "Đơn vị" sheet
     * @param criteria criteria with their index code, for the "Tiêu chí" sheet
     */
    public static byte[] build(List<UnitRow> units, List<CriterionSummary> criteria) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);

            Sheet tasks = workbook.createSheet("Nhiệm vụ");
            tasks.createRow(0).createCell(0).setCellValue("PHỤ LỤC: DANH MỤC NHIỆM VỤ");
            tasks.getRow(0).getCell(0).setCellStyle(bold);
            Row header = tasks.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            example(tasks.createRow(3), "1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của tỉnh",
                    units.size() > 1 ? units.get(1).name() : "", "", "Quý III/2026", "Báo cáo kết quả rà soát", "3");
            example(tasks.createRow(4), "2", "Tuyên truyền về cải cách hành chính trên các phương tiện thông tin",
                    units.size() > 2 ? units.get(2).name() : "", units.size() > 3 ? units.get(3).name() : "",
                    "Thường xuyên", "Tin, bài tuyên truyền", "1; 8");
            int[] widths = {6, 60, 30, 40, 20, 30, 15};
            for (int c = 0; c < widths.length; c++) {
                tasks.setColumnWidth(c, widths[c] * 256);
            }

            Sheet unitSheet = workbook.createSheet("Đơn vị");
            unitSheet.createRow(0).createCell(0).setCellValue("Tên đơn vị");
            unitSheet.getRow(0).createCell(1).setCellValue("Mã");
            for (int i = 0; i < units.size(); i++) {
                Row row = unitSheet.createRow(i + 1);
                row.createCell(0).setCellValue(units.get(i).name());
                row.createCell(1).setCellValue(units.get(i).code());
            }
            unitSheet.setColumnWidth(0, 60 * 256);

            Sheet criterionSheet = workbook.createSheet("Tiêu chí");
            Row criterionHeader = criterionSheet.createRow(0);
            criterionHeader.createCell(0).setCellValue("Bộ chỉ số");
            criterionHeader.createCell(1).setCellValue("Mã tiêu chí");
            criterionHeader.createCell(2).setCellValue("Tên");
            for (int i = 0; i < criteria.size(); i++) {
                Row row = criterionSheet.createRow(i + 1);
                row.createCell(0).setCellValue(criteria.get(i).frameworkCode());
                row.createCell(1).setCellValue(criteria.get(i).code());
                row.createCell(2).setCellValue(criteria.get(i).nameVi());
            }
            criterionSheet.setColumnWidth(2, 80 * 256);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void example(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
