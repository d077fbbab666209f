package vn.reformtrack.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ConsolidatedFigures.AreaProgress;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitNarrative;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitResult;

/**
 * The consolidated report's figures as a workbook, one sheet per table (tasks by status, areas, units, late and
 * missing units, the units' narratives), in the reader's language; numbers stay numbers.
 */
@Component
class ConsolidatedXlsx {

    private final MessageSource messages;

    ConsolidatedXlsx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(String periodName, ConsolidatedFigures figures, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Writer writer = new Writer(workbook, header, locale, periodName);

            Sheet status = writer.sheet("consolidated.sheet.status", "consolidated.docx.col.status",
                    "consolidated.docx.col.tasks");
            for (TaskStatus value : TaskStatus.values()) {
                writer.row(status, msg("TaskStatus." + value.name(), locale), figures.tasksByStatus().get(value));
            }
            writer.row(status, msg("consolidated.docx.notReported", locale), figures.tasksNotReported());

            Sheet areas = writer.sheet("consolidated.sheet.areas", "consolidated.docx.col.framework",
                    "consolidated.docx.col.area", "consolidated.docx.col.tasks", "consolidated.docx.col.done",
                    "consolidated.docx.col.progress");
            for (AreaProgress area : figures.areas()) {
                writer.row(areas, area.framework(), area.areaCode() + ". " + area.areaName(), area.tasks(),
                        area.done(), area.averageProgress());
            }

            Sheet units = writer.sheet("consolidated.sheet.units", "consolidated.docx.col.unit",
                    "consolidated.docx.col.leadTasks", "consolidated.docx.col.done", "consolidated.docx.col.progress",
                    "consolidated.docx.col.coordinating", "consolidated.docx.col.timeliness");
            for (UnitResult unit : figures.units()) {
                writer.row(units, unit.unitName(), unit.leadTasks(), unit.done(), unit.leadTasks() == 0 ? null : unit.averageProgress(),
                        unit.coordinatingEntries(), msg("Timeliness." + unit.timeliness().name(), locale));
            }

            Sheet standing = writer.sheet("consolidated.sheet.standing", "consolidated.docx.col.unit",
                    "consolidated.docx.col.standing");
            for (ListedUnit unit : figures.lateUnits()) {
                writer.row(standing, unit.unitName(), msg("consolidated.docx.lateUnit", locale));
            }
            for (ListedUnit unit : figures.missingUnits()) {
                writer.row(standing, unit.unitName(), msg("CellStatus." + unit.status().name(), locale));
            }

            Sheet narratives = writer.sheet("consolidated.sheet.narratives", "consolidated.docx.col.unit",
                    "consolidated.docx.col.assessment", "consolidated.docx.col.difficulties",
                    "consolidated.docx.col.proposals");
            for (UnitNarrative narrative : figures.narratives()) {
                writer.row(narratives, narrative.unitName(), narrative.generalAssessment(), narrative.difficulties(),
                        narrative.proposals());
            }
            writer.autosize(List.of(status, areas, units, standing, narratives));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Sheets with a title row (the period) and a bold header row. */
    private final class Writer {

        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final Locale locale;
        private final String periodName;

        Writer(XSSFWorkbook workbook, CellStyle header, Locale locale, String periodName) {
            this.workbook = workbook;
            this.header = header;
            this.locale = locale;
            this.periodName = periodName;
        }

        Sheet sheet(String titleKey, String... headerKeys) {
            String title = msg(titleKey, locale);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title + " — " + periodName);
            titleCell.setCellStyle(header);
            Row row = sheet.createRow(1);
            for (int i = 0; i < headerKeys.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(msg(headerKeys[i], locale));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 2);
            return sheet;
        }

        void row(Sheet sheet, Object... values) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (values[i] instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(values[i].toString());
                }
            }
        }

        void autosize(List<Sheet> sheets) {
            for (Sheet sheet : sheets) {
                Row header = sheet.getRow(1);
                for (int i = 0; i < header.getLastCellNum(); i++) {
                    sheet.autoSizeColumn(i);
                    if (sheet.getColumnWidth(i) > 60 * 256) {
                        sheet.setColumnWidth(i, 60 * 256);
                    }
                }
            }
        }
    }
}
