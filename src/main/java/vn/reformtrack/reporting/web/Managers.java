package vn.reformtrack.reporting.web;

/**
 * Who reaches which reporting pages before a service is asked: coordinators and administrators manage periods and
 * review; province-wide readers (and leaders) see the grid and the consolidated report. The services check again.
 */
final class Managers {

    static final String ONLY = "hasAnyRole('COORDINATOR', 'ADMIN')";
    static final String PROVINCE_WIDE = "hasAnyRole('COORDINATOR', 'ADMIN', 'LEADER')";

    private Managers() {}
}
