package vn.reformtrack.planning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A document's number and symbol as Nghị định 30/2020/NĐ-CP writes them: {@code number/TYPE-ISSUER}, e.g.
 * {@code 205/KH-UBND} (plan no. 205 of the provincial People's Committee), or with the year for legal documents,
 * {@code 01/2022/QĐ-UBND}. The issuer may name the drafting office too ({@code 123/KH-UBND-NC}). Spaces are ignored
 * ({@code 4183 /KH-UBND}) and the type is written the way the decree spells it ({@code ctr} becomes {@code CTr},
 * {@code QD} becomes {@code QĐ}).
 */
public record DocumentNumber(String number, String year, String type, String issuer) {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,6})(?:/(\\d{4}))?/(\\p{L}{1,4})-(\\p{L}[\\p{L}\\d]*(?:[.\\-][\\p{L}\\d]+)*)");

    /** The abbreviations of Nghị định 30/2020 (Phụ lục III) for the documents a plan can be issued as or refer to. */
    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        for (String type : new String[] {
            "KH", "QĐ", "CTr", "CT", "NQ", "ĐA", "PA", "HD", "BC", "TB", "QC", "QyĐ", "TTr", "CĐ", "BB"
        }) {
            TYPES.put(key(type), type);
        }
    }

    /** The number as typed, checked and written canonically; refused with a message that says what is expected. */
    public static DocumentNumber parse(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "");
        Matcher matcher = FORM.matcher(compact);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
            throw RuleViolationException.onField("documentNumber", "plan.error.documentNumber.format",
                    text == null ? "" : text.strip());
        }
        String type = TYPES.get(key(matcher.group(3)));
        if (type == null) {
            throw RuleViolationException.onField("documentNumber", "plan.error.documentNumber.type",
                    matcher.group(3), String.join(", ", TYPES.values()));
        }
        return new DocumentNumber(matcher.group(1), matcher.group(2), type,
                matcher.group(4).toUpperCase(Locale.ROOT));
    }

    /** Types are compared without case and with Đ read as D, so that {@code qd} finds {@code QĐ}. */
    private static String key(String type) {
        return type.toUpperCase(Locale.ROOT).replace('Đ', 'D');
    }

    @Override
    public String toString() {
        return number + (year == null ? "" : "/" + year) + "/" + type + "-" + issuer;
    }
}
