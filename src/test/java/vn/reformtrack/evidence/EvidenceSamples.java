package vn.reformtrack.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Real small files of every kind an uploader might send, made at run time: documents written with POI, images with
 * {@code javax.imageio}, a PDF written by hand with a correct cross-reference table, and the impostors (executables
 * renamed {@code .pdf}, a plain zip renamed {@code .docx}, macro-enabled Office files, text).
 */
public final class EvidenceSamples {

    private EvidenceSamples() {}

    /** A one-page PDF 1.4 that readers open. */
    public static byte[] pdf() {
        return OnePagePdf.of("Báo cáo kết quả cải cách hành chính", "");
    }

    /**
     * A PDF-like file of exactly {@code size} bytes: the PDF header, then incompressible bytes in a comment (like the
     * compressed streams that fill real PDFs), then the end-of-file marker. Same seed, same bytes.
     */
    public static byte[] pdfOfSize(int size, long seed) {
        byte[] head = "%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[size];
        new Random(seed).nextBytes(file);
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, size - tail.length, tail.length);
        return file;
    }

    public static byte[] docx() {
        return word("Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính", document -> { });
    }

    /** A Word document saved as macro-enabled (.docm): the main part has the macro-enabled content type. */
    public static byte[] docm() {
        return word("Tài liệu có macro", document -> document.getPackage().replaceContentType(
                XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.MACRO_DOCUMENT.getContentType()));
    }

    /** A file that claims to be a plain .docx but carries a VBA project part. */
    public static byte[] docxWithVbaProject() {
        return word("Tài liệu giấu macro", document -> {
            PackagePart vba = document.getPackage().createPart(
                    PackagingURIHelper.createPartName("/word/vbaProject.bin"), "application/vnd.ms-office.vbaProject");
            try (OutputStream out = vba.getOutputStream()) {
                out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4});
            }
        });
    }

    public static byte[] xlsx() {
        return workbook(new XSSFWorkbook());
    }

    public static byte[] xlsm() {
        return workbook(new XSSFWorkbook(XSSFWorkbookType.XLSM));
    }

    /** An old binary Excel file (OLE2), not one of the accepted types. */
    public static byte[] xls() {
        return workbook(new HSSFWorkbook());
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** The header of a 64-bit Linux executable, the rest zeros. */
    public static byte[] elf() {
        byte[] elf = new byte[512];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3e; // x86-64
        elf[20] = 1;
        return elf;
    }

    /** A Windows executable's DOS header and stub pointing at a PE signature. */
    public static byte[] windowsExe() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x64;
        exe[0x85] = (byte) 0x86;
        return exe;
    }

    public static byte[] plainZip() {
        return write(out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
                zip.write("Không phải tài liệu Word".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        });
    }

    public static byte[] text() {
        return "Đây là một tệp văn bản thường, không phải PDF.\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    private interface WordChange {
        void apply(XWPFDocument document) throws Exception;
    }

    private static byte[] word(String text, WordChange change) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText(text);
            change.apply(document);
            return write(document::write);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] workbook(Workbook workbook) {
        try (workbook) {
            workbook.createSheet("Tiến độ").createRow(0).createCell(0).setCellValue("Nhiệm vụ đã hoàn thành");
            return write(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x8b, 0x1a, 0x1a));
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        return write(out -> ImageIO.write(image, format, out));
    }

    private interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
