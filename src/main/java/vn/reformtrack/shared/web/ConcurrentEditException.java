package vn.reformtrack.shared.web;

/** Someone saved the record after this user opened it: shown as a 409 page, never a silent overwrite. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Compares the version the form was opened with against the stored one. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new ConcurrentEditException(what, id);
        }
    }
}
