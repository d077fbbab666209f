package vn.reformtrack.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.reformtrack.evidence.SignedInHttpClient;
import vn.reformtrack.support.IntegrationTest;

/** Over real HTTP: a body above the servlet's multipart limit (120 MB) gets the clear 413 page, not a reset. */
@IntegrationTest
class ServletUploadLimitTest {

    @LocalServerPort
    int port;

    /**
     * As the upload widget sends it (the CSRF token in a header). With the token as a {@code _csrf} field inside an
     * oversized multipart body, Spring Security's CSRF filter reads parameters, Tomcat throws, and the error page
     * itself fails with a 500: a shared concern, reported rather than fixed here.
     */
    @Test
    void aBodyAboveTheMultipartLimitGetsTheTooLargePage() throws Exception {
        SignedInHttpClient http = SignedInHttpClient.signIn(port, "staff", "demo123");
        Document library = http.page("/evidence");
        String token = library.select("meta[name=_csrf]").attr("content");
        String unitId = library.select("[data-evidence-upload] input[name=ownerUnitId]").attr("value");

        String boundary = "----evidence-limit-test";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"ownerUnitId\"\r\n\r\n" + unitId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        long filler = 125L * 1024 * 1024;
        HttpRequest upload = http.request("/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(Collections.enumeration(List.of(
                                stream(head), zeros(filler), stream(tail))))), head.length() + filler + tail.length()))
                .build();

        HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("[data-rule-message]").text())
                .isEqualTo("Tệp tải lên vượt quá dung lượng cho phép.");
    }

    /** A plain HTML form sends the token as a hidden field inside the oversized body: still the 413 page. */
    @Test
    void aPlainFormWithItsTokenInsideAnOversizedBodyGetsTheTooLargePageToo() throws Exception {
        SignedInHttpClient http = SignedInHttpClient.signIn(port, "staff", "demo123");
        Document library = http.page("/evidence");
        String token = library.select("meta[name=_csrf]").attr("content");

        String boundary = "----plain-form-limit-test";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        long filler = 125L * 1024 * 1024;
        HttpRequest upload = http.request("/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(Collections.enumeration(List.of(
                                stream(head), zeros(filler), stream(tail))))), head.length() + filler + tail.length()))
                .build();

        HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Tệp tải lên vượt quá dung lượng cho phép.");
    }

    /**
     * A long Vietnamese file name (200 letters with marks, 600 bytes in the part's header) is within the 255
     * characters the evidence store keeps: it is stored, not cut off by the servlet container's part-header limit.
     */
    @Test
    void aLongVietnameseFileNameIsStored() throws Exception {
        SignedInHttpClient http = SignedInHttpClient.signIn(port, "staff", "demo123");
        Document library = http.page("/evidence");
        String token = library.select("meta[name=_csrf]").attr("content");
        String unitId = library.select("[data-evidence-upload] input[name=ownerUnitId]").attr("value");
        String name = "Kế hoạch cải cách hành chính " + "ặ".repeat(200 - 33) + ".pdf";

        String boundary = "----long-name-test";
        byte[] body = multipart(boundary, List.<String[]>of(new String[] {"ownerUnitId", unitId}), name,
                vn.reformtrack.evidence.EvidenceSamples.pdf());
        HttpResponse<String> response = http.send(http.request("/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", token)
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(name);
    }

    /**
     * Multipart bodies Tomcat refuses to parse, with the CSRF token as a field (a plain form): a cut-off body gets the
     * "could not be read" page, one with more parts than Tomcat allows the "too large" page, never a 500.
     */
    @Test
    void aMultipartBodyTheContainerCannotParseIsRefusedWithAPage() throws Exception {
        SignedInHttpClient http = SignedInHttpClient.signIn(port, "staff", "demo123");
        Document library = http.page("/evidence");
        String token = library.select("meta[name=_csrf]").attr("content");
        String boundary = "----unparseable-test";

        byte[] whole = multipart(boundary, List.<String[]>of(new String[] {"_csrf", token}), "a.pdf",
                vn.reformtrack.evidence.EvidenceSamples.pdf());
        byte[] cutOff = java.util.Arrays.copyOf(whole, whole.length - boundary.length() - 8);
        HttpResponse<String> broken = http.send(http.request("/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(cutOff)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(broken.body()).select("[data-rule-message]").text())
                .isEqualTo("Tệp tải lên không đọc được (có thể việc tải lên bị gián đoạn). Vui lòng thử lại.");

        List<String[]> fields = new java.util.ArrayList<>();
        fields.add(new String[] {"_csrf", token});
        for (int i = 0; i < 200; i++) {
            fields.add(new String[] {"extra" + i, "1"});
        }
        byte[] manyParts = multipart(boundary, fields, "a.pdf", vn.reformtrack.evidence.EvidenceSamples.pdf());
        HttpResponse<String> tooMany = http.send(http.request("/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(manyParts)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooMany.body()).select("[data-rule-message]").text())
                .isEqualTo("Tệp tải lên vượt quá dung lượng cho phép.");
    }

    private static byte[] multipart(String boundary, List<String[]> fields, String fileName, byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        for (String[] field : fields) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream zeros(long count) {
        return new InputStream() {
            long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
