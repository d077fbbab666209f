package vn.reformtrack.shared.web;

/**
 * A record named in the URL does not exist, or is not the caller's to see: both answer 404, so that a unit user
 * probing other units' ids learns nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
