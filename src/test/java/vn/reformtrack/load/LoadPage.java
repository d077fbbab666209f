package vn.reformtrack.load;

import java.util.List;

/**
 * A page the load test asks for, as one of the demo accounts (or as nobody), in the order of the run. The path may
 * name what the sign-in step found on the data set: {@code #{periodId}} (the newest reporting period on the
 * reporting page), {@code #{roundId}} (the coordinator's first assessment round), {@code #{headRoundId}} (the
 * head's) and {@code #{resultsYear}} (the PAR Index's latest published year).
 *
 * @param account the demo account, or null for a page without sign-in
 * @param name    the name in the report (and in Gatling's)
 */
record LoadPage(String account, String name, String path) {

    static final String LEADER = "leader";
    static final String COORDINATOR = "coordinator";
    static final String HEAD = "head";

    /** The sign-in page, asked for without a session: the same run's reference for this application's fixed cost. */
    static final LoadPage SIGN_IN = new LoadPage(null, "sign-in page /login", "/login");

    /** What each role opens, as in the issue: the leader's dashboards, the coordinator's lists, the head's report. */
    static final List<LoadPage> PAGES = List.of(
            new LoadPage(LEADER, "leader home /", "/"),
            new LoadPage(LEADER, "leader /dashboard", "/dashboard"),
            new LoadPage(LEADER, "leader /dashboard/progress", "/dashboard/progress"),
            new LoadPage(LEADER, "leader /dashboard/league", "/dashboard/league"),
            new LoadPage(LEADER, "leader /dashboard/rankings", "/dashboard/rankings"),
            new LoadPage(LEADER, "leader /dashboard/annual", "/dashboard/annual"),
            new LoadPage(COORDINATOR, "coordinator /planning/tasks", "/planning/tasks"),
            new LoadPage(COORDINATOR, "coordinator tasks ?status=OVERDUE", "/planning/tasks?status=OVERDUE"),
            new LoadPage(COORDINATOR, "coordinator tasks ?q=&sort=TITLE",
                    "/planning/tasks?q=th%E1%BB%A7+t%E1%BB%A5c&sort=TITLE"),
            new LoadPage(COORDINATOR, "coordinator tasks ?year&sort=PRIORITY&page=3",
                    "/planning/tasks?year=#{resultsYear}&sort=PRIORITY&page=3"),
            new LoadPage(COORDINATOR, "coordinator /reporting/grid", "/reporting/grid"),
            new LoadPage(COORDINATOR, "coordinator period", "/reporting/periods/#{periodId}"),
            new LoadPage(COORDINATOR, "coordinator consolidated report", "/reporting/periods/#{periodId}/consolidated"),
            new LoadPage(COORDINATOR, "coordinator results table", "/results/PAR_PROVINCE/#{resultsYear}"),
            new LoadPage(COORDINATOR, "coordinator assessment round", "/assessment/rounds/#{roundId}"),
            new LoadPage(COORDINATOR, "coordinator unit index rounds", "/unit-index"),
            new LoadPage(LEADER, "leader unit index rankings", "/unit-index/rankings"),
            new LoadPage(HEAD, "head home /", "/"),
            new LoadPage(HEAD, "head report", "/reporting/periods/#{periodId}/my-report"),
            new LoadPage(HEAD, "head assessment round", "/assessment/rounds/#{headRoundId}"),
            new LoadPage(HEAD, "head unit index", "/unit-index"));

    static final List<String> ACCOUNTS = List.of(LEADER, COORDINATOR, HEAD);
}
