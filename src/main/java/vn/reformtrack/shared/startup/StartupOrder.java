package vn.reformtrack.shared.startup;

/**
 * The order of the start-up tasks, in one place: each line runs after every line above it, and names what it needs
 * from them.
 */
public final class StartupOrder {

    /** Outside demo mode demo accounts are disabled; the first administrator from the environment. */
    public static final int ACCOUNTS = 0;
    /** The national index frameworks, methodology versions and criteria trees ({@code reference/}). */
    public static final int REFERENCE_CATALOG = 100;
    /** The provinces and published results: needs the frameworks and versions. */
    public static final int REFERENCE_RESULTS = 200;
    /** Demo mode from here on. The demo province's units and accounts. */
    public static final int DEMO_ORGANIZATION = 1000;
    /** Illustrative PAR Index criteria: needs the reference catalog and the demo units (lead units). */
    public static final int DEMO_CRITERIA = 1100;
    /** Criterion scores of the own results: needs the reference results and the demo criteria. */
    public static final int DEMO_RESULTS = 1200;
    /** Plans, targets and tasks: needs units, accounts and criteria. */
    public static final int DEMO_PLANS = 2000;
    /** Reporting periods and unit reports: needs this year's plans. */
    public static final int DEMO_REPORTS = 3000;
    /** The self-assessment round: needs criteria, units and plan targets. */
    public static final int DEMO_ASSESSMENT = 4000;
    /** The unit index's groups, sets and rounds: needs units, accounts (the council) and the national catalogue. */
    public static final int DEMO_UNIT_INDEX = 5000;
    /** The large data set (profile {@code large}): on top of the whole demo. */
    public static final int LARGE_DATA_SET = 10_000;

    private StartupOrder() {}
}
