package vn.reformtrack.planning.tableimport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.planning.DeadlineKind;

/**
 * What an uploaded task table would become: each row as read and matched, the unit names still to be chosen, and
 * whether it can be committed (every name chosen, no row with a problem, at least one task).
 */
public record ImportPreview(
        long importId,
        long planId,
        String fileName,
        List<Row> rows,
        List<UnresolvedName> unresolved,
        int taskCount,
        boolean ready) {

    /** A message key with its arguments, shown beside the row. */
    public record Problem(String key, Object[] arguments) {}

    /** A unit name as written and what it was matched to ({@code unitId} null: still to choose; 0: left out). */
    public record Name(String written, Long unitId, String unitName) {

        public boolean matched() {
            return unitId != null && unitId > 0;
        }

        public boolean leftOut() {
            return unitId != null && unitId == 0;
        }
    }

    /** One row of the sheet; a heading row is shown but not imported. */
    public record Row(
            int rowNumber,
            String number,
            String title,
            Name lead,
            List<Name> coordinating,
            String deadlineText,
            DeadlineKind deadlineKind,
            LocalDate dueDate,
            String output,
            String criteriaText,
            Set<Long> criterionIds,
            boolean heading,
            List<Problem> problems) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * A name no unit matched (or several did), to be chosen once for every row that writes it; {@code key} is its
     * folded form. A coordinating unit's name may also be left out ("Các sở, ban, ngành").
     */
    public record UnresolvedName(String key, String written, boolean asLead, List<UnitRow> suggestions,
            Long chosenUnitId) {}

    public int problemCount() {
        return (int) rows.stream().filter(Row::hasProblems).count();
    }
}
