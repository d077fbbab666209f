package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.Data;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.unitindex.RecordCommand;
import vn.reformtrack.unitindex.ReferenceKind;
import vn.reformtrack.unitindex.ScoreReference;
import vn.reformtrack.unitindex.ScoreView;

/**
 * A unit's record of a criterion as typed. The score stays text until the service reads it, so that "2,5", "2.5" and
 * a mistyped "2,5đ" all come back as typed with a message in the user's language.
 */
@Data
class ScoreForm {

    @Size(max = 20)
    private String score;

    @Size(max = 4000)
    private String method;

    @Size(max = 2000)
    private String noEvidenceReason;

    private List<Long> evidenceIds = new ArrayList<>();
    private List<Long> reportIds = new ArrayList<>();
    private List<Long> taskIds = new ArrayList<>();
    private long version;

    static ScoreForm from(ScoreView view, Locale locale) {
        ScoreForm form = new ScoreForm();
        var score = view.score();
        form.setScore(score.getSelfScore() == null ? null : new LenientDecimalFormatter().print(score.getSelfScore(), locale));
        form.setMethod(score.getMethod());
        form.setNoEvidenceReason(score.getNoEvidenceReason());
        form.setEvidenceIds(new ArrayList<>(view.files().stream().map(EvidenceSummary::id).toList()));
        form.setReportIds(new ArrayList<>(ids(view, ReferenceKind.REPORT)));
        form.setTaskIds(new ArrayList<>(ids(view, ReferenceKind.TASK)));
        form.setVersion(score.getVersion());
        return form;
    }

    private static List<Long> ids(ScoreView view, ReferenceKind kind) {
        return view.score().getReferences().stream().filter(reference -> reference.getKind() == kind)
                .map(ScoreReference::getRefId).sorted().toList();
    }

    RecordCommand toCommand() {
        return new RecordCommand(score, method, noEvidenceReason, evidenceIds, reportIds, taskIds);
    }
}
