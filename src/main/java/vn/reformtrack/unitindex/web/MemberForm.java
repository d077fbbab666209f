package vn.reformtrack.unitindex.web;

import java.util.HashSet;
import java.util.Set;
import lombok.Data;

/**
 * A council member as Home Affairs names them: the person's account, the areas they appraise, and the chair's reason
 * for areas their department does not own.
 */
@Data
class MemberForm {

    private Long userId;
    private Set<Long> areaIds = new HashSet<>();
    private String outsideReason;
    private long version;
}
