package vn.reformtrack.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;

/**
 * Reads decimals as people type them: {@code 93,157} and {@code 93.157} are both 93.157 (a Vietnamese user writes a
 * decimal comma; spreadsheets and English users a point). Thousands separators are not accepted in input: a value
 * such as {@code 1.234,5} is refused rather than guessed. Prints with the locale's separator.
 */
public class LenientDecimalFormatter implements Formatter<BigDecimal> {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        BigDecimal value = parseOrNull(text);
        if (value == null) {
            throw new ParseException(text, 0);
        }
        return value;
    }

    /** The decimal written in {@code text}, or null when it is blank or not a plain decimal. */
    public static BigDecimal parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (!DECIMAL.matcher(trimmed).matches()) {
            return null;
        }
        return new BigDecimal(trimmed.replace(',', '.'));
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return Locales.closest(locale).equals(Locales.VIETNAMESE) ? plain.replace('.', ',') : plain;
    }
}
