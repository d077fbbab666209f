package vn.reformtrack.unitindex;

import java.util.List;

/**
 * A unit's record of one criterion as typed: the score as text (read and checked by the service), how it was
 * reached, why there is no file when there is none, the unit's own files, and its reports and tasks of the year named
 * as evidence.
 */
public record RecordCommand(String score, String method, String noEvidenceReason, List<Long> evidenceIds,
        List<Long> reportIds, List<Long> taskIds) {

    public RecordCommand {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        reportIds = reportIds == null ? List.of() : List.copyOf(reportIds);
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }
}
