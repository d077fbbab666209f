package vn.reformtrack.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Finds a province as people write it in a spreadsheet: by code ("22", or "1" for "01" after Excel dropped the zero),
 * or by any name it has had, with or without diacritics, prefixes and punctuation: "Quảng Ninh", "quang ninh",
 * "Tỉnh Quảng Ninh", "TP. Hồ Chí Minh", "Bà Rịa-Vũng Tàu", the English name ("Ho Chi Minh City"), or a former name
 * ("Thừa Thiên Huế" for Thành phố Huế, as the 2024 tables still call it). A name two provinces share matches neither.
 */
final class JurisdictionMatcher {

    /** "22", "1", "22 Quảng Ninh", "22 - Quảng Ninh": the code decides. */
    private static final Pattern CODE_FIRST = Pattern.compile("(\\d{1,2})(\\s*[-–.]?\\s+.*)?");
    private static final Pattern ANNOTATION = Pattern.compile("\\([^)]*\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:\\-–—_/'’\"]+");
    private static final Pattern PREFIX = Pattern.compile("^(tinh|thanh pho|tp)\\s+");
    private static final Pattern SUFFIX = Pattern.compile("\\s+(province|city)$");

    private final Map<String, Jurisdiction> byCode = new HashMap<>();
    private final Map<String, Jurisdiction> byName = new HashMap<>();

    JurisdictionMatcher(List<Jurisdiction> jurisdictions) {
        Set<String> ambiguous = new HashSet<>();
        for (Jurisdiction jurisdiction : jurisdictions) {
            byCode.put(jurisdiction.getCode(), jurisdiction);
            for (String name : names(jurisdiction)) {
                Jurisdiction other = byName.putIfAbsent(key(name), jurisdiction);
                if (other != null && other != jurisdiction) {
                    ambiguous.add(key(name));
                }
            }
        }
        ambiguous.forEach(byName::remove);
    }

    Jurisdiction find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        String text = codeOrName.strip();
        Matcher code = CODE_FIRST.matcher(text);
        if (code.matches()) {
            String digits = code.group(1);
            return byCode.get(digits.length() == 1 ? "0" + digits : digits);
        }
        return byName.get(key(text));
    }

    /** Every name the province has had: its name, its English name, and each former name. */
    static List<String> names(Jurisdiction jurisdiction) {
        List<String> names = new ArrayList<>();
        names.add(jurisdiction.getNameVi());
        if (jurisdiction.getNameEn() != null) {
            names.add(jurisdiction.getNameEn());
        }
        names.addAll(formerNames(jurisdiction.getFormerNameVi()));
        return names;
    }

    /**
     * The former names as the reference data writes them, several separated by ";", each perhaps with a note in
     * brackets: "Tỉnh Thừa Thiên Huế (đến 31/12/2024)" is "Tỉnh Thừa Thiên Huế".
     */
    static List<String> formerNames(String formerNameVi) {
        if (formerNameVi == null || formerNameVi.isBlank()) {
            return List.of();
        }
        return Arrays.stream(formerNameVi.split(";"))
                .map(name -> ANNOTATION.matcher(name).replaceAll(" ").strip())
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" and "ho chi minh city" are all {@code ho chi minh}. */
    static String key(String name) {
        String folded = VietnameseText.fold(ANNOTATION.matcher(name).replaceAll(" "));
        folded = PUNCTUATION.matcher(folded).replaceAll(" ");
        folded = VietnameseText.fold(folded);
        folded = PREFIX.matcher(folded).replaceFirst("");
        return SUFFIX.matcher(folded).replaceFirst("");
    }
}
