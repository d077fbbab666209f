package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.reformtrack.indices.AssessmentMethod;

/**
 * A criterion of a round as lists show it, read in one statement: the criterion, who answers for it, where it stands
 * and its scores side by side.
 *
 * @param position          its place in the methodology's tree (lists are in tree order)
 * @param areaCode          the code of the area it belongs to
 * @param evidenceCount     files linked to it, all units together
 * @param coordinatingUnits names of the units that help with it
 */
public record ItemRow(
        long id,
        long lockVersion,
        long criterionId,
        String code,
        String nameVi,
        String nameEn,
        int position,
        String areaCode,
        BigDecimal maxPoints,
        BigDecimal scoreStep,
        AssessmentMethod method,
        EntryMode entry,
        Long responsibleUnitId,
        String responsibleUnitName,
        List<String> coordinatingUnits,
        List<Long> coordinatingUnitIds,
        ItemStatus status,
        BigDecimal selfScore,
        BigDecimal appraisedScore,
        BigDecimal estimate,
        int evidenceCount,
        boolean explained,
        boolean hasNoEvidenceReason,
        Instant updatedAt,
        String updatedBy) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    public ScorePart part() {
        return ScorePart.of(entry, status, selfScore, estimate);
    }

    public BigDecimal projected() {
        return part().pick(selfScore, appraisedScore, estimate);
    }

    /** A unit's criterion nobody has touched yet. */
    public boolean notStarted() {
        return entry == EntryMode.UNIT && status == ItemStatus.DRAFT && selfScore == null && !explained
                && evidenceCount == 0;
    }

    /** A criterion a unit must record that has no unit yet: Home Affairs assigns it before the round starts. */
    public boolean unassigned() {
        return entry == EntryMode.UNIT && responsibleUnitId == null;
    }

    /** Scored above zero with neither evidence nor a reason: the unit cannot submit it so. */
    public boolean lacksEvidence() {
        return entry == EntryMode.UNIT && selfScore != null && selfScore.signum() > 0 && evidenceCount == 0
                && !hasNoEvidenceReason;
    }

    /** Appraised at another score than the unit's. */
    public boolean adjusted() {
        return status == ItemStatus.APPRAISED && appraisedScore != null && selfScore != null
                && appraisedScore.compareTo(selfScore) != 0;
    }
}
