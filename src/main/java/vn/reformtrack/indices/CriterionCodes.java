package vn.reformtrack.indices;

import java.util.regex.Pattern;

/** Criterion codes: {@code 1}, {@code 1.2}, {@code 1.2.3}, {@code D1.1}, {@code PCI3}; a child extends its parent's. */
public final class CriterionCodes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

    private CriterionCodes() {}

    public static boolean isWellFormed(String code) {
        return code != null && code.strip().length() <= 30 && CODE.matcher(code.strip()).matches();
    }

    /** {@code 1.2} extends {@code 1}, {@code D1.1} extends {@code D1}; {@code 12} does not extend {@code 1}. */
    public static boolean extendsParent(String code, String parentCode) {
        return parentCode == null || code.startsWith(parentCode + ".") && code.length() > parentCode.length() + 1;
    }

    /** A descendant's code after its ancestor changed code: {@code 1.2.3} under {@code 1.2} → {@code 4.1} is {@code 4.1.3}. */
    static String renamed(String descendantCode, String oldPrefix, String newPrefix) {
        return newPrefix + descendantCode.substring(oldPrefix.length());
    }
}
