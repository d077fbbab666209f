package vn.reformtrack.assessment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/**
 * Home Affairs' decision on a submitted criterion: accept the self-score, set the appraised score (with the reason
 * when it differs), or return it to the unit with a comment. One form, three buttons.
 */
@Data
class AppraisalForm {

    enum Decision {
        ACCEPT,
        ADJUST,
        RETURN
    }

    @NotNull
    private Decision decision;

    @Size(max = 20)
    private String score;

    @Size(max = 2000)
    private String reason;

    @Size(max = 2000)
    private String comment;

    private long version;
}
