package vn.reformtrack.organization;

import vn.reformtrack.shared.web.NotFoundException;

public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(Object id) {
        super("Unit", id);
    }
}
