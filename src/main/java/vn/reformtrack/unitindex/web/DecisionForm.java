package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import vn.reformtrack.unitindex.Decision;

/** The publishing decision as typed: number and symbol, date, signer and their title (one line each). */
@Data
class DecisionForm {

    @Size(max = 100)
    private String decisionNumber;

    private LocalDate decisionDate;

    @Size(max = 200)
    private String decisionSigner;

    @Size(max = 300)
    private String decisionSignerTitle;

    private long version;

    Decision toDecision() {
        return new Decision(decisionNumber, decisionDate, decisionSigner, decisionSignerTitle);
    }
}
