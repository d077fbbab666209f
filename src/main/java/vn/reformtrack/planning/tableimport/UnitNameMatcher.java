package vn.reformtrack.planning.tableimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Finds the unit a spreadsheet names. In this order: the exact name; the unit's code; the name without diacritics,
 * case and extra spaces ({@link VietnameseText#fold}); then, only when exactly one unit fits, the name without the
 * common prefixes ("Sở", "UBND", "Ủy ban nhân dân", "Ban", "Phường", "Xã", "Đặc khu") and the trailing "tỉnh …".
 * What does not match, or matches several units, is left for the coordinator to choose, with suggestions.
 */
public final class UnitNameMatcher {

    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:(?:ubnd|so|ban|phuong|xa|dac khu|thi tran)\\s+)+");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("\\s+tinh(?:\\s.*)?$");
    private static final int SUGGESTIONS = 8;

    /** The unit found ({@code unit} null when none or several fit) and, when not found, units that may be meant. */
    public record Match(UnitRow unit, List<UnitRow> suggestions) {

        public boolean found() {
            return unit != null;
        }
    }

    private final List<UnitRow> units;
    private final Map<String, List<UnitRow>> byExactName = new HashMap<>();
    private final Map<String, UnitRow> byCode = new HashMap<>();
    private final Map<String, List<UnitRow>> byFoldedName = new HashMap<>();
    private final Map<String, List<UnitRow>> byCore = new HashMap<>();

    public UnitNameMatcher(List<UnitRow> units) {
        this.units = units;
        for (UnitRow unit : units) {
            byExactName.computeIfAbsent(exact(unit.name()), k -> new ArrayList<>()).add(unit);
            byCode.put(unit.code().toLowerCase(Locale.ROOT), unit);
            byFoldedName.computeIfAbsent(VietnameseText.fold(unit.name()), k -> new ArrayList<>()).add(unit);
            byCore.computeIfAbsent(core(unit.name()), k -> new ArrayList<>()).add(unit);
        }
    }

    public Match match(String name) {
        if (name == null || name.isBlank()) {
            return new Match(null, List.of());
        }
        List<UnitRow> exact = byExactName.getOrDefault(exact(name), List.of());
        if (exact.size() == 1) {
            return new Match(exact.get(0), List.of());
        }
        UnitRow coded = byCode.get(name.strip().toLowerCase(Locale.ROOT));
        if (coded != null) {
            return new Match(coded, List.of());
        }
        List<UnitRow> folded = byFoldedName.getOrDefault(VietnameseText.fold(name), List.of());
        if (folded.size() == 1) {
            return new Match(folded.get(0), List.of());
        }
        String core = core(name);
        List<UnitRow> cored = core.isEmpty() ? List.of() : byCore.getOrDefault(core, List.of());
        if (cored.size() == 1) {
            return new Match(cored.get(0), List.of());
        }
        return new Match(null, suggestions(core, cored));
    }

    /** Units that fit equally well first, then units whose name contains the words. */
    private List<UnitRow> suggestions(String core, List<UnitRow> tied) {
        List<UnitRow> found = new ArrayList<>(tied);
        if (!core.isEmpty()) {
            for (UnitRow unit : units) {
                if (found.size() >= SUGGESTIONS) {
                    break;
                }
                if (!found.contains(unit) && VietnameseText.fold(unit.name()).contains(core)) {
                    found.add(unit);
                }
            }
        }
        return found;
    }

    private static String exact(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String core(String name) {
        String folded = VietnameseText.fold(name).replace("uy ban nhan dan", "ubnd");
        return PROVINCE_SUFFIX.matcher(PREFIXES.matcher(folded).replaceFirst("")).replaceFirst("").strip();
    }
}
