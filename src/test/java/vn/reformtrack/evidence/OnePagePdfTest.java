package vn.reformtrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OnePagePdfTest {

    @Test
    void theCrossReferenceTablePointsAtEachObjectAndTheTrailerAtTheTable() {
        String pdf = new String(OnePagePdf.of("Báo cáo quý I", "Tài liệu minh họa"), StandardCharsets.US_ASCII);

        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.indexOf("\n%%EOF")).strip());
        assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n");
        String[] entries = pdf.substring(xref).split("\n");
        for (int object = 1; object <= 5; object++) {
            int offset = Integer.parseInt(entries[2 + object].substring(0, 10));
            assertThat(pdf.substring(offset)).startsWith(object + " 0 obj\n");
        }
    }

    @Test
    void vietnameseTextIsWrittenWithoutMarksAndWithoutWhatWouldBreakAPdfString() {
        String pdf = new String(OnePagePdf.of("Đề án (số 2) \\ Quảng Ninh", null), StandardCharsets.US_ASCII);

        assertThat(pdf).contains("(de an so 2  quang ninh) Tj").contains("() Tj ET");
    }
}
