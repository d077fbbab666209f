package vn.reformtrack.unitindex.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;

/** A unit head's explanation of a preliminary score, with the unit's new evidence files. */
@Data
class ContestForm {

    @Size(max = 4000)
    private String explanation;

    private List<Long> evidenceIds = new ArrayList<>();
}
