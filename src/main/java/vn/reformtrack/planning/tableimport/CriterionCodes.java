package vn.reformtrack.planning.tableimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.reformtrack.indices.CriterionSummary;

/**
 * Reads the criteria column: codes separated by commas, semicolons or new lines, each either bare ({@code 3.2}), or
 * with its index ({@code SIPAS E2}, {@code PAR 1}, {@code PAR_PROVINCE:1}). A bare code is looked up in the plan's
 * indices first, then in the others; a code found in several is refused with the indices named.
 */
public final class CriterionCodes {

    /** The criteria tree of one index for the plan's year, and whether the plan covers that index. */
    public record Scope(String frameworkCode, boolean inPlan, List<CriterionSummary> criteria) {}

    /** A message key and its arguments. */
    public record Problem(String key, Object... arguments) {}

    public record Result(Set<Long> ids, List<Problem> problems) {}

    private final List<Scope> scopes;

    public CriterionCodes(List<Scope> scopes) {
        this.scopes = scopes;
    }

    public Result resolve(String cell) {
        Set<Long> ids = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String token : cell.split("[,;\\n]+")) {
            String code = token.strip();
            if (code.isEmpty()) {
                continue;
            }
            List<CriterionSummary> found = find(code);
            if (found.size() == 1) {
                ids.add(found.get(0).id());
            } else if (found.isEmpty()) {
                problems.add(new Problem("taskImport.error.criterionUnknown", code));
            } else {
                problems.add(new Problem("taskImport.error.criterionAmbiguous", code,
                        String.join(", ", found.stream().map(CriterionSummary::frameworkCode).distinct().toList())));
            }
        }
        return new Result(ids, problems);
    }

    private List<CriterionSummary> find(String token) {
        String[] parts = token.split("\\s*:\\s*|\\s+", 2);
        if (parts.length == 2) {
            List<Scope> named = scopes.stream().filter(scope -> names(scope, parts[0])).toList();
            if (!named.isEmpty()) {
                return in(named, parts[1]);
            }
        }
        List<CriterionSummary> inPlan = in(scopes.stream().filter(Scope::inPlan).toList(), token);
        return inPlan.isEmpty() ? in(scopes.stream().filter(scope -> !scope.inPlan()).toList(), token) : inPlan;
    }

    /** "PAR" names PAR_PROVINCE: an index is named by its code or the start of it. */
    private static boolean names(Scope scope, String word) {
        String code = scope.frameworkCode().toUpperCase(Locale.ROOT);
        String written = word.toUpperCase(Locale.ROOT);
        return code.equals(written) || code.startsWith(written + "_");
    }

    private static List<CriterionSummary> in(List<Scope> scopes, String code) {
        return scopes.stream()
                .flatMap(scope -> scope.criteria().stream())
                .filter(criterion -> criterion.code().equalsIgnoreCase(code.strip()))
                .toList();
    }
}
