package vn.reformtrack.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * File names as uploaders send them and as downloads carry them. A browser may send a whole path
 * ({@code C:\Users\...\x.pdf}), a crafted request {@code ../../x.pdf}; names may hide a right-to-left override
 * (U+202E before {@code fdp.exe} shows it as {@code exe.pdf}) or use characters Windows refuses. Only the last path
 * segment is kept, in NFC (macOS sends decomposed Vietnamese), without invisible characters; names empty after that,
 * or longer than {@value #MAX_LENGTH} characters, are refused.
 */
final class EvidenceFileName {

    static final int MAX_LENGTH = 255;
    /** Characters of a download name before its extension: long enough to read, short enough for every system. */
    static final int MAX_SAFE_BASE_LENGTH = 100;
    static final String FALLBACK_BASE = "tai-lieu";

    /** Controls, format characters (bidi overrides, zero-width), private use, unassigned, line separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** What Windows, macOS or Linux refuse in a file name. */
    private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern DEVICE_NAME = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

    private EvidenceFileName() {}

    /** The name to show: the last path segment, normalised, without invisible characters. */
    static String clean(String name) {
        if (name == null) {
            throw RuleViolationException.onField("file", "evidence.error.nameEmpty");
        }
        String lastSegment = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String visible = INVISIBLE.matcher(Normalizer.normalize(lastSegment, Normalizer.Form.NFC)).replaceAll("");
        String cleaned = SPACES.matcher(visible).replaceAll(" ").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            throw RuleViolationException.onField("file", "evidence.error.nameEmpty");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            throw RuleViolationException.onField("file", "evidence.error.nameTooLong", MAX_LENGTH);
        }
        return cleaned;
    }

    /**
     * The name downloads carry: reserved characters replaced, no leading or trailing dots and spaces, no device
     * names, a shortened base, and the extension of the type found in the content (a PNG named {@code .jpg} becomes
     * {@code .png}; any other extension is kept in the base and the right one added).
     */
    static String safe(String cleaned, AcceptedType type) {
        String replaced = RESERVED.matcher(cleaned).replaceAll("_");
        int dot = replaced.lastIndexOf('.');
        String extension = dot < 0 ? "" : replaced.substring(dot + 1);
        String base = replaced;
        if (type.isNamedBy(extension)) {
            base = replaced.substring(0, dot);
            extension = extension.toLowerCase(Locale.ROOT);
        } else {
            if (AcceptedType.isAnyNamedBy(extension)) {
                base = replaced.substring(0, dot);
            }
            extension = type.extension();
        }
        base = trimDotsAndSpaces(truncate(trimDotsAndSpaces(base), MAX_SAFE_BASE_LENGTH));
        if (base.isEmpty()) {
            base = FALLBACK_BASE;
        }
        if (DEVICE_NAME.matcher(base).matches()) {
            base = "_" + base;
        }
        return base + "." + extension;
    }

    private static String trimDotsAndSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '.' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
