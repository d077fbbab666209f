package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.indices.CriterionSummary;

/**
 * One criterion of a round as its page shows it to a given user: the criterion, who answers for it, the self-score
 * and the appraisal side by side (or the estimate), the files linked by each unit, and what this user may do now.
 */
public record ItemView(
        RoundSummary round,
        long id,
        long lockVersion,
        CriterionSummary criterion,
        EntryMode entry,
        Long responsibleUnitId,
        String responsibleUnitName,
        List<String> coordinatingUnitNames,
        ItemStatus status,
        BigDecimal selfScore,
        String explanation,
        String noEvidenceReason,
        Instant recordedAt,
        String recordedBy,
        Instant submittedAt,
        String submittedBy,
        BigDecimal appraisedScore,
        String appraisalReason,
        Instant appraisedAt,
        String appraisedBy,
        String returnComment,
        Instant returnedAt,
        String returnedBy,
        BigDecimal estimate,
        String estimateBasis,
        Instant estimatedAt,
        String estimatedBy,
        List<LinkedFile> files,
        Instant updatedAt,
        String updatedBy,
        Permissions can) {

    /** A file linked to the criterion, by the unit whose part it is. */
    public record LinkedFile(EvidenceSummary file, long unitId, String unitName, Instant attachedAt, String attachedBy) {}

    /**
     * What the user may do now: record (the responsible unit, a draft or returned criterion, before the deadline),
     * contribute evidence (a coordinating unit, likewise), appraise (Home Affairs, a submitted or appraised criterion
     * of a round not closed), estimate (Home Affairs, an estimated criterion); {@code libraryUnitId} is the unit whose
     * files the page offers to link.
     */
    public record Permissions(boolean record, boolean contribute, boolean appraise, boolean estimate, Long libraryUnitId) {

        public boolean anything() {
            return record || contribute || appraise || estimate;
        }
    }

    public ScorePart part() {
        return ScorePart.of(entry, status, selfScore, estimate);
    }

    public BigDecimal projected() {
        return part().pick(selfScore, appraisedScore, estimate);
    }

    /** The files one unit linked. */
    public List<EvidenceSummary> filesOf(Long unitId) {
        return files.stream().filter(file -> unitId != null && file.unitId() == unitId).map(LinkedFile::file).toList();
    }

    /** The files the other units linked (read-only for this unit). */
    public List<LinkedFile> filesNotOf(Long unitId) {
        return files.stream().filter(file -> unitId == null || file.unitId() != unitId).toList();
    }

    public boolean adjusted() {
        return appraisedScore != null && selfScore != null && appraisedScore.compareTo(selfScore) != 0;
    }
}
