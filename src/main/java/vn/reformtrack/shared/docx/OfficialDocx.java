package vn.reformtrack.shared.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
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

/**
 * A Word document in the Vietnamese administrative layout of Nghị định 30/2020/NĐ-CP: A4 with its margins, Times New
 * Roman 13–14; the issuing body and the national motto side by side, each with its short rule; the number and symbol
 * under the body, the place and date (in italics) under the motto; the kind of document and its title centred; the
 * body; "Nơi nhận:" and the signature block side by side. The texts are the caller's (message keys in its module);
 * this only lays them out.
 */
public final class OfficialDocx implements AutoCloseable {

    public static final String FONT = "Times New Roman";
    public static final int BODY = 13;
    public static final int TITLE = 14;
    public static final int TABLE = 12;

    private final XWPFDocument document = new XWPFDocument();

    public OfficialDocx() {
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

    /** Day and month as Nghị định 30/2020 writes them: a leading zero for days below 10 and for months 1–2. */
    public static String[] dayAndMonth(LocalDate date) {
        return new String[] {(date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth(),
            (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue()};
    }

    /**
     * The heading block: on the left the body's parent (e.g. "UỶ BAN NHÂN DÂN"), the body ("TỈNH QUẢNG NINH"), a rule
     * and the number; on the right the nation, the motto, a rule and the place and date.
     */
    public void header(String bodyParent, String body, String number, String nation, String motto, String placeAndDate) {
        XWPFTable table = borderless(2, "40%", "60%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(left, bodyParent, true, false, BODY, true);
        centred(left, body, true, false, BODY, false);
        rule(left, 1300);
        centred(left, number, false, false, BODY, false);
        centred(right, nation, true, false, 12, true);
        centred(right, motto, true, false, BODY, false);
        rule(right, 1500);
        centred(right, placeAndDate, false, true, TITLE, false);
    }

    /** The kind of document ("QUYẾT ĐỊNH") and its title, centred, bold, with a short rule below. */
    public void title(String kind, String title) {
        XWPFParagraph kindLine = document.createParagraph();
        kindLine.setAlignment(ParagraphAlignment.CENTER);
        kindLine.setSpacingBefore(360);
        run(kindLine, kind, true, false, TITLE);
        XWPFParagraph titleLine = document.createParagraph();
        titleLine.setAlignment(ParagraphAlignment.CENTER);
        run(titleLine, title, true, false, TITLE);
        XWPFParagraph rule = document.createParagraph();
        rule.setIndentationLeft(3600);
        rule.setIndentationRight(3600);
        rule.setBorderBottom(Borders.SINGLE);
        rule.setSpacingAfter(240);
    }

    /** A centred line (the issuing authority above the articles, an appendix's title). */
    public void centredLine(String text, boolean bold, boolean italic, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, bold, italic, size);
    }

    public void heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, true, false, BODY);
    }

    public void subheading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(180);
        paragraph.setSpacingAfter(60);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, true, true, BODY);
    }

    /** Justified body paragraphs, one a line of {@code text}, indented; blank lines are left out. */
    public void paragraphs(String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraph(line.strip(), false, false);
            }
        }
    }

    /** One justified body paragraph, indented; italic for the legal bases ("Căn cứ …"). */
    public void paragraph(String text, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, bold, italic, BODY);
    }

    /** A table with a repeated bold header row. */
    public XWPFTable grid(String... headers) {
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

    /** A row of a {@link #grid}: numbers centred, text left. */
    public static void row(XWPFTable table, String... values) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.length; i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            boolean number = values[i].matches("[-+]?\\d+([.,]\\d+)?( %)?");
            paragraph.setAlignment(number ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, values[i], false, false, TABLE);
        }
    }

    /**
     * "Nơi nhận:" with its lines on the left; on the right the signing authority (one line each, e.g. "KT. CHỦ TỊCH",
     * "PHÓ CHỦ TỊCH"), room for the signature and the signer's name.
     */
    public void signature(String recipientsLabel, String recipients, String authority, String signerName) {
        XWPFTable table = borderless(2, "45%", "55%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), recipientsLabel, true, true, 12);
        if (recipients != null) {
            for (String line : recipients.split("\\R")) {
                run(left.addParagraph(), line.strip(), false, false, 11);
            }
        }
        boolean first = true;
        if (authority != null) {
            for (String line : authority.split("\\R")) {
                centred(right, line.strip(), true, false, BODY, first);
                first = false;
            }
        }
        for (int i = 0; i < 4; i++) {
            centred(right, "", false, false, BODY, first);
            first = false;
        }
        centred(right, signerName == null ? "" : signerName, true, false, BODY, false);
    }

    public void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFTable borderless(int columns, String... widths) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(widths[i]);
        }
        return table;
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

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
