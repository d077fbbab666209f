package vn.reformtrack.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * A one-page PDF 1.4 carrying a title and a line beneath it, which readers open (catalog, pages, page, font, content
 * stream, cross-reference table, trailer): the demo's evidence files and the tests' sample uploads. The standard fonts
 * have no Vietnamese marks, so the text is written without them.
 */
public final class OnePagePdf {

    private OnePagePdf() {}

    public static byte[] of(String title, String line) {
        String stream = "BT /F1 16 Tf 72 760 Td (" + plain(title) + ") Tj 0 -28 Td /F1 11 Tf (" + plain(line) + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Printable ASCII without the characters a PDF string would have to escape. */
    private static String plain(String text) {
        return VietnameseText.fold(text == null ? "" : text).replaceAll("[^ -~]", "").replaceAll("[\\\\()]", "");
    }
}
