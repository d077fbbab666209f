package vn.reformtrack.identity;

import vn.reformtrack.shared.web.NotFoundException;

public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(Object id) {
        super("User", id);
    }
}
