package vn.reformtrack.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ConsolidatedFigures.AreaProgress;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitNarrative;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitResult;
import vn.reformtrack.shared.web.Locales;

/**
 * The consolidated report as a Word document in the Vietnamese administrative layout of Nghị định 30/2020/NĐ-CP: A4,
 * Times New Roman 13–14; the issuing body and the national motto side by side, each with its short rule; the number
 * and symbol under the body, the place and date (in italics) under the motto; the kind of document and its title
 * centred; the body with its tables; "Nơi nhận:" and the signature block side by side; the units' own words in an
 * appendix. Written in Vietnamese, the language of the document.
 */
@Component
class ConsolidatedDocx {

    static final String FONT = "Times New Roman";
    private static final int BODY = 13;
    private static final int TITLE = 14;
    private static final int TABLE = 12;

    private final MessageSource messages;
    private final PeriodNames names;

    ConsolidatedDocx(MessageSource messages, PeriodNames names) {
        this.messages = messages;
        this.names = names;
    }

    byte[] write(String provinceName, ConsolidatedCommand text, ConsolidatedFigures figures, LocalDate today) {
        try (XWPFDocument document = new XWPFDocument()) {
            pageSetup(document);
            header(document, provinceName, text, today);
            title(document, text);
            body(document, text, figures, provinceName);
            signature(document, text);
            appendix(document, figures.narratives());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Quảng Ninh, ngày 05 tháng 01 năm 2026": day below 10 and months 1–2 with a leading zero (NĐ 30/2020). */
    static String placeAndDate(String provinceName, LocalDate date, int year, Locale locale, MessageSource messages) {
        if (date == null) {
            return messages.getMessage("consolidated.docx.placeDateBlank", new Object[] {provinceName,
                String.valueOf(year)}, locale);
        }
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
        return messages.getMessage("consolidated.docx.placeDate", new Object[] {provinceName, day, month,
            String.valueOf(date.getYear())}, locale);
    }

    private void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(851));
    }

    private void header(XWPFDocument document, String provinceName, ConsolidatedCommand text, LocalDate today) {
        XWPFTable table = borderless(document, 2, "40%", "60%");
        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        String upperProvince = provinceName.toUpperCase(Locales.VIETNAMESE);
        centred(body, msg("consolidated.docx.issuer"), true, false, BODY, true);
        centred(body, msg("consolidated.docx.issuerProvince", upperProvince), true, false, BODY, false);
        rule(body, 1300);
        String number = text.documentNumber() == null ? msg("consolidated.docx.numberBlank")
                : msg("consolidated.docx.number", text.documentNumber());
        centred(body, number, false, false, BODY, false);
        centred(motto, msg("consolidated.docx.nation"), true, false, 12, true);
        centred(motto, msg("consolidated.docx.motto"), true, false, BODY, false);
        rule(motto, 1500);
        int year = text.issueDate() != null ? text.issueDate().getYear() : today.getYear();
        centred(motto, placeAndDate(provinceName, text.issueDate(), year, Locales.VIETNAMESE, messages), false, true,
                TITLE, false);
    }

    private void title(XWPFDocument document, ConsolidatedCommand text) {
        XWPFParagraph kind = document.createParagraph();
        kind.setAlignment(ParagraphAlignment.CENTER);
        kind.setSpacingBefore(360);
        run(kind, msg("consolidated.docx.kind"), true, false, TITLE);
        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, text.title(), true, false, TITLE);
        XWPFParagraph rule = document.createParagraph();
        rule.setIndentationLeft(3600);
        rule.setIndentationRight(3600);
        rule.setBorderBottom(Borders.SINGLE);
        rule.setSpacingAfter(240);
    }

    private void body(XWPFDocument document, ConsolidatedCommand text, ConsolidatedFigures figures,
            String provinceName) {
        heading(document, msg("consolidated.docx.section.results"));
        paragraphs(document, text.results());

        subheading(document, msg("consolidated.docx.tasksByStatus"));
        XWPFTable byStatus = grid(document, msg("consolidated.docx.col.status"), msg("consolidated.docx.col.tasks"),
                msg("consolidated.docx.col.share"));
        long reported = figures.tasksReported();
        for (TaskStatus status : TaskStatus.values()) {
            long count = figures.tasksByStatus().getOrDefault(status, 0L);
            row(byStatus, msg("TaskStatus." + status.name()), String.valueOf(count), share(count, reported));
        }
        row(byStatus, msg("consolidated.docx.notReported"), String.valueOf(figures.tasksNotReported()), "");
        row(byStatus, msg("consolidated.docx.total"), String.valueOf(reported + figures.tasksNotReported()), "");

        subheading(document, msg("consolidated.docx.byArea"));
        XWPFTable areas = grid(document, msg("consolidated.docx.col.framework"), msg("consolidated.docx.col.area"),
                msg("consolidated.docx.col.tasks"), msg("consolidated.docx.col.done"), msg("consolidated.docx.col.progress"));
        for (AreaProgress area : figures.areas()) {
            row(areas, area.framework(), area.areaCode() + ". " + area.areaName(), String.valueOf(area.tasks()),
                    String.valueOf(area.done()), String.valueOf(area.averageProgress()));
        }

        subheading(document, msg("consolidated.docx.byUnit"));
        XWPFTable units = grid(document, msg("consolidated.docx.col.number"), msg("consolidated.docx.col.unit"),
                msg("consolidated.docx.col.leadTasks"), msg("consolidated.docx.col.done"),
                msg("consolidated.docx.col.progress"), msg("consolidated.docx.col.coordinating"),
                msg("consolidated.docx.col.timeliness"));
        int number = 0;
        for (UnitResult unit : figures.units()) {
            row(units, String.valueOf(++number), unit.unitName(), String.valueOf(unit.leadTasks()),
                    String.valueOf(unit.done()), unit.leadTasks() == 0 ? "—" : String.valueOf(unit.averageProgress()),
                    String.valueOf(unit.coordinatingEntries()), msg("Timeliness." + unit.timeliness().name()));
        }

        subheading(document, msg("consolidated.docx.submissions", String.valueOf(figures.counts().delivered()),
                String.valueOf(figures.counts().expected()), String.valueOf(figures.counts().onTime()),
                String.valueOf(figures.counts().late())));
        XWPFTable standing = grid(document, msg("consolidated.docx.col.number"), msg("consolidated.docx.col.unit"),
                msg("consolidated.docx.col.standing"));
        number = 0;
        for (ListedUnit unit : figures.lateUnits()) {
            row(standing, String.valueOf(++number), unit.unitName(), msg("consolidated.docx.lateUnit"));
        }
        for (ListedUnit unit : figures.missingUnits()) {
            row(standing, String.valueOf(++number), unit.unitName(), msg("CellStatus." + unit.status().name()));
        }
        if (number == 0) {
            row(standing, "", msg("consolidated.docx.allOnTime"), "");
        }

        heading(document, msg("consolidated.docx.section.limitations"));
        paragraphs(document, text.limitations());
        heading(document, msg("consolidated.docx.section.nextTasks"));
        paragraphs(document, text.nextTasks());
        heading(document, msg("consolidated.docx.section.proposals"));
        paragraphs(document, text.proposals());
        paragraphs(document, msg("consolidated.docx.closing", names.phrase(figures.period(), Locales.VIETNAMESE),
                provinceName));
    }

    private void signature(XWPFDocument document, ConsolidatedCommand text) {
        XWPFTable table = borderless(document, 2, "45%", "55%");
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signer = table.getRow(0).getCell(1);
        XWPFParagraph label = recipients.getParagraphs().get(0);
        run(label, msg("consolidated.docx.recipients"), true, true, 12);
        if (text.recipients() != null) {
            for (String line : text.recipients().split("\\R")) {
                XWPFParagraph paragraph = recipients.addParagraph();
                run(paragraph, line.strip(), false, false, 11);
            }
        }
        boolean first = true;
        if (text.signerAuthority() != null) {
            for (String line : text.signerAuthority().split("\\R")) {
                centred(signer, line.strip(), true, false, BODY, first);
                first = false;
            }
        }
        for (int i = 0; i < 4; i++) {
            centred(signer, "", false, false, BODY, first);
            first = false;
        }
        centred(signer, text.signerName() == null ? "" : text.signerName(), true, false, BODY, false);
    }

    private void appendix(XWPFDocument document, List<UnitNarrative> narratives) {
        XWPFParagraph pageBreak = document.createParagraph();
        pageBreak.createRun().addBreak(BreakType.PAGE);
        XWPFParagraph heading = document.createParagraph();
        heading.setAlignment(ParagraphAlignment.CENTER);
        run(heading, msg("consolidated.docx.appendix"), true, false, TITLE);
        XWPFTable table = grid(document, msg("consolidated.docx.col.unit"), msg("consolidated.docx.col.assessment"),
                msg("consolidated.docx.col.difficulties"), msg("consolidated.docx.col.proposals"));
        for (UnitNarrative narrative : narratives) {
            row(table, narrative.unitName(), nonNull(narrative.generalAssessment()), nonNull(narrative.difficulties()),
                    nonNull(narrative.proposals()));
        }
        if (narratives.isEmpty()) {
            row(table, msg("consolidated.docx.noAccepted"), "", "", "");
        }
    }

    // ---- building blocks ---------------------------------------------------------------------------------------

    private static XWPFTable borderless(XWPFDocument document, int columns, String... widths) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(widths[i]);
        }
        return table;
    }

    private static XWPFTable grid(XWPFDocument document, String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFParagraph paragraph = header.getCell(i).getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, headers[i], true, false, TABLE);
        }
        return table;
    }

    private static void row(XWPFTable table, String... values) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            boolean number = values[i].matches("\\d+([.,]\\d+)?( %)?");
            paragraph.setAlignment(number ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, values[i], false, false, TABLE);
        }
    }

    private static void centred(XWPFTableCell cell, String text, boolean bold, boolean italic, int size,
            boolean firstParagraph) {
        XWPFParagraph paragraph = firstParagraph ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, bold, italic, size);
    }

    /** The short horizontal rule under the issuing body and the motto: a bottom border narrowed by indentation. */
    private static void rule(XWPFTableCell cell, int indentTwips) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setIndentationLeft(indentTwips);
        paragraph.setIndentationRight(indentTwips);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(120);
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, true, false, BODY);
    }

    private static void subheading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(180);
        paragraph.setSpacingAfter(60);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, true, true, BODY);
    }

    private static void paragraphs(XWPFDocument document, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            paragraph.setIndentationFirstLine(567);
            paragraph.setSpacingAfter(120);
            run(paragraph, line.strip(), false, false, BODY);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static String share(long part, long whole) {
        if (whole == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f", part * 100.0 / whole).replace('.', ',');
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private String msg(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locales.VIETNAMESE);
    }
}
