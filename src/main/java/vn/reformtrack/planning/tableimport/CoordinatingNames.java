package vn.reformtrack.planning.tableimport;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the coordinating-units cell into names: at semicolons and line breaks, and at commas unless the comma is
 * part of a unit's name ("Sở Văn hóa, Thể thao và Du lịch"): the longest run of comma-separated parts that names a
 * unit is kept together, and a part that starts in lower case continues the unmatched name before it ("Các sở,
 * ban, ngành" is one name, for the coordinator to leave out). Leading bullets ("- ", "+ ") are dropped.
 */
final class CoordinatingNames {

    private CoordinatingNames() {}

    static List<String> split(String cell, UnitNameMatcher matcher) {
        List<String> names = new ArrayList<>();
        for (String piece : cell.split("[;\\n\\r]+")) {
            String[] parts = piece.split(",");
            String unmatched = null;
            int i = 0;
            while (i < parts.length) {
                int end = i;
                for (int j = parts.length - 1; j > i; j--) {
                    if (matcher.match(join(parts, i, j)).found()) {
                        end = j;
                        break;
                    }
                }
                String name = clean(join(parts, i, end));
                i = end + 1;
                if (name.isEmpty()) {
                    continue;
                }
                boolean found = matcher.match(name).found();
                if (!found && unmatched != null && Character.isLowerCase(name.charAt(0))) {
                    names.remove(unmatched);
                    name = unmatched + ", " + name;
                }
                unmatched = found ? null : name;
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String join(String[] parts, int from, int to) {
        StringBuilder joined = new StringBuilder(parts[from].strip());
        for (int k = from + 1; k <= to; k++) {
            joined.append(", ").append(parts[k].strip());
        }
        return joined.toString();
    }

    private static String clean(String name) {
        return name.replaceFirst("^[-+•*\\s]+", "").replaceFirst("[.\\s]+$", "").strip();
    }
}
