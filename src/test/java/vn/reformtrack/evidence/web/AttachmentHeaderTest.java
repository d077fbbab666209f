package vn.reformtrack.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class AttachmentHeaderTest {

    @Test
    void aVietnameseNameTravelsExactlyWithAnAsciiFallback() {
        String header = AttachmentHeader.of("Báo cáo số 12 (Đợt 1).pdf");

        assertThat(header).startsWith("attachment; filename=\"Bao cao so 12 (Dot 1).pdf\"; filename*=UTF-8''");
        assertThat(header).endsWith("B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%2012%20%28%C4%90%E1%BB%A3t%201%29.pdf");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("Báo cáo số 12 (Đợt 1).pdf");
    }

    @Test
    void quotesBackslashesAndControlsCannotBreakTheHeader() {
        String header = AttachmentHeader.of("a\"b\\c;d\r\ne.pdf");

        assertThat(header).startsWith("attachment; filename=\"a_b_c;d__e.pdf\"; filename*=UTF-8''");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        String encoded = header.substring(header.indexOf("''") + 2);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("a\"b\\c;d\r\ne.pdf");
    }
}
