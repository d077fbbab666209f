package vn.reformtrack.assessment.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Data;

/** A coordinating unit's own files for a criterion. */
@Data
class ContributionForm {

    private List<Long> evidenceIds = new ArrayList<>();

    private long version;
}
