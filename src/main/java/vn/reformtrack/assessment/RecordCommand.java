package vn.reformtrack.assessment;

import java.util.List;

/**
 * A unit's record of one criterion as typed: the self-score as text (decimal comma or point; blank while unknown),
 * how it was reached, why there is no evidence (when there is none), and the unit's own files backing it.
 */
public record RecordCommand(String score, String explanation, String noEvidenceReason, List<Long> evidenceIds) {

    public RecordCommand {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
