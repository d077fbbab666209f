package vn.reformtrack.evidence.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} of a download: {@code attachment}, an ASCII {@code filename} for old clients
 * (Vietnamese letters without their marks, anything else replaced) and the exact name as RFC 6266 / RFC 5987
 * {@code filename*=UTF-8''...}, which every current browser prefers.
 */
final class AttachmentHeader {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentHeader() {}

    static String of(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    static String asciiFallback(String fileName) {
        String withoutMarks = MARKS.matcher(Normalizer.normalize(
                fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)).replaceAll("");
        StringBuilder ascii = new StringBuilder(withoutMarks.length());
        withoutMarks.codePoints()
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0;
            if (plain) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
