package vn.reformtrack.assessment.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.Data;
import vn.reformtrack.assessment.ItemView;
import vn.reformtrack.shared.web.LenientDecimalFormatter;

/** Home Affairs' estimate of a survey criterion, with its basis and the files behind it. */
@Data
class EstimateForm {

    @Size(max = 20)
    private String estimate;

    @Size(max = 2000)
    private String basis;

    private List<Long> evidenceIds = new ArrayList<>();

    private long version;

    static EstimateForm from(ItemView view, Locale locale) {
        EstimateForm form = new EstimateForm();
        form.setEstimate(view.estimate() == null ? null : new LenientDecimalFormatter().print(view.estimate(), locale));
        form.setBasis(view.estimateBasis());
        form.setEvidenceIds(new ArrayList<>(view.files().stream().map(file -> file.file().id()).toList()));
        form.setVersion(view.lockVersion());
        return form;
    }
}
