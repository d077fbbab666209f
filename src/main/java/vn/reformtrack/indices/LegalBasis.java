package vn.reformtrack.indices;

import java.util.regex.Pattern;

/**
 * A document number as Nghị định 30/2020/NĐ-CP writes it: {@code number/TYPE-ISSUER} ({@code 876/QĐ-BNV},
 * {@code 205/KH-UBND}), optionally with the year ({@code 30/2020/NĐ-CP}), or an official letter without a type
 * ({@code 123/UBND-NC}).
 */
public final class LegalBasis {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(/\\d{4})?/[\\p{Lu}\\d]+(-[\\p{Lu}\\d]+)+");

    private LegalBasis() {}

    public static boolean isWellFormed(String text) {
        return text != null && NUMBER.matcher(text.strip()).matches();
    }
}
