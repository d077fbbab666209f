package vn.reformtrack.assessment.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.assessment.ItemView;
import vn.reformtrack.assessment.RecordCommand;
import vn.reformtrack.shared.web.LenientDecimalFormatter;

/**
 * The responsible unit's record of a criterion as typed. The score stays text until the service reads it, so that
 * "2,5", "2.5" and a mistyped "2,5đ" all come back with what was typed and a message in the user's language.
 * {@code evidenceIds} are the unit's own files: linked through the upload widget or picked from its library.
 */
@Data
class RecordForm {

    @Size(max = 20)
    private String score;

    @Size(max = 4000)
    private String explanation;

    @Size(max = 2000)
    private String noEvidenceReason;

    private List<Long> evidenceIds = new ArrayList<>();

    private long version;

    static RecordForm from(ItemView view, java.util.Locale locale) {
        RecordForm form = new RecordForm();
        form.setScore(view.selfScore() == null ? null : new LenientDecimalFormatter().print(view.selfScore(), locale));
        form.setExplanation(view.explanation());
        form.setNoEvidenceReason(view.noEvidenceReason());
        form.setEvidenceIds(new ArrayList<>(view.filesOf(view.responsibleUnitId()).stream().map(EvidenceSummary::id).toList()));
        form.setVersion(view.lockVersion());
        return form;
    }

    RecordCommand toCommand() {
        return new RecordCommand(score, explanation, noEvidenceReason, evidenceIds);
    }
}
