package vn.reformtrack.planning;

import vn.reformtrack.shared.web.NotFoundException;

/** No such plan, or a draft a unit user may not see. */
public class PlanNotFoundException extends NotFoundException {

    public PlanNotFoundException(Object id) {
        super("Plan", id);
    }
}
