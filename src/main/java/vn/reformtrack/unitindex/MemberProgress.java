package vn.reformtrack.unitindex;

import java.util.List;

/**
 * A council member's progress: their areas, the lines of those areas they may appraise now (not their own unit's),
 * those appraised, and the chair's reason when some areas are not their department's.
 */
public record MemberProgress(long memberId, long lockVersion, long userId, String fullName, String unitName,
        List<String> areas, List<Long> areaIds, long toAppraise, long appraised, long openContests,
        String outsideReason) {

    public int percent() {
        return toAppraise == 0 ? 0 : (int) (appraised * 100 / toAppraise);
    }
}
