package vn.reformtrack.unitindex.web;

import java.util.HashSet;
import java.util.Set;
import lombok.Data;

/** A council member as Home Affairs names them: the person's account and the areas they appraise. */
@Data
class MemberForm {

    private Long userId;
    private Set<Long> areaIds = new HashSet<>();
    private long version;
}
