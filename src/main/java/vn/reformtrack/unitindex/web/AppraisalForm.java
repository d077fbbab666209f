package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.Size;
import lombok.Data;

/**
 * The council's word on a line as typed: accept the unit's score, or set one (text until the service reads it) with
 * the reason; also an answer to an explanation: keep the score or change it, with the reason.
 */
@Data
class AppraisalForm {

    @Size(max = 20)
    private String score;

    @Size(max = 2000)
    private String reason;

    private long version;
}
