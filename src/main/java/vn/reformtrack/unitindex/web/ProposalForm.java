package vn.reformtrack.unitindex.web;

import java.util.HashMap;
import java.util.Map;
import lombok.Data;

/** The council proposed from the owning departments, as the chair confirms it: department id → the person named. */
@Data
class ProposalForm {

    private Map<Long, Long> people = new HashMap<>();
}
