package vn.reformtrack.unitindex.web;

/**
 * Pages and actions only coordinators and administrators reach. The services check the same again: this only answers
 * 403 before a form is even shown.
 */
final class Managers {

    static final String ONLY = "hasAnyRole('COORDINATOR', 'ADMIN')";

    private Managers() {}
}
