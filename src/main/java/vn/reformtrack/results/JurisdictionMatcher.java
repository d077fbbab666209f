package vn.reformtrack.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Finds a province as people write it in a spreadsheet: by code ("22", or "1" for "01" after Excel dropped the zero),
 * or by name with or without diacritics and with or without "Tỉnh"/"Thành phố" ("Quảng Ninh", "quang ninh",
 * "Tỉnh Quảng Ninh", "Quang Ninh province" does not match: use the code), the English name, or a former name.
 */
final class JurisdictionMatcher {

    /** "22", "1", "22 Quảng Ninh", "22 - Quảng Ninh": the code decides. */
    private static final java.util.regex.Pattern CODE_FIRST = java.util.regex.Pattern.compile("(\\d{1,2})(\\s*[-–.]?\\s+.*)?");

    private final Map<String, Jurisdiction> byCode = new HashMap<>();
    private final Map<String, Jurisdiction> byName = new HashMap<>();

    JurisdictionMatcher(List<Jurisdiction> jurisdictions) {
        for (Jurisdiction jurisdiction : jurisdictions) {
            byCode.put(jurisdiction.getCode(), jurisdiction);
            byName.putIfAbsent(withoutPrefix(VietnameseText.fold(jurisdiction.getNameVi())), jurisdiction);
            if (jurisdiction.getNameEn() != null) {
                byName.putIfAbsent(VietnameseText.fold(jurisdiction.getNameEn()), jurisdiction);
            }
            if (jurisdiction.getFormerNameVi() != null) {
                byName.putIfAbsent(withoutPrefix(VietnameseText.fold(jurisdiction.getFormerNameVi())), jurisdiction);
            }
        }
    }

    Jurisdiction find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        String text = codeOrName.strip();
        java.util.regex.Matcher code = CODE_FIRST.matcher(text);
        if (code.matches()) {
            String digits = code.group(1);
            return byCode.get(digits.length() == 1 ? "0" + digits : digits);
        }
        return byName.get(withoutPrefix(VietnameseText.fold(text)));
    }

    private static String withoutPrefix(String folded) {
        return folded.replaceFirst("^(tinh|thanh pho|tp\\.?)\\s+", "");
    }
}
