package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;

/** Criteria declared not applicable to units: the criterion (any level of the set), the units, the reason. */
@Data
class ApplicabilityForm {

    private Long groupId;
    private Long criterionId;
    private List<Long> unitIds = new ArrayList<>();

    @Size(max = 1000)
    private String reason;
}
