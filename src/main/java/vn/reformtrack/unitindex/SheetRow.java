package vn.reformtrack.unitindex;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's sheet in the round's list: its group, where it stands, its deadline (its own extension or the round's),
 * lines it must score and has scored, lines the council must appraise and has, explanations raised.
 */
public record SheetRow(long sheetId, long unitId, String unitName, long groupId, String groupName, SheetStatus status,
        Instant submittedAt, LocalDate deadline, boolean extended, int toScore, int scored, int toAppraise,
        int appraised, int contests) {

    public boolean isLate(LocalDate today) {
        return status == SheetStatus.DRAFT && today.isAfter(deadline);
    }
}
