package vn.reformtrack.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages each role uses, asked for by many signed-in users at once, one page after the other as wrk would (each
 * user asks again as soon as the answer arrived, over a kept-alive connection, with gzip), so that each page's
 * throughput and latencies are its own; the sign-in page and, when given, another application's page are measured in
 * the same run as the reference.
 *
 * <p>Phases: every user signs in with its own session (a real sign-in through the form, as many sessions per account
 * as users), the coordinator's user finds a reporting period, an assessment round and a results year on the data
 * set, a short warm-up asks for every page, then each page is measured on its own for {@link LoadSettings#perPage()}.
 * Requests named {@code setup: ...} and {@code warm-up: ...} are left out of the report.
 *
 * <p>Gatling makes the simulation from its class; {@link LoadRun} sets {@link #plan} before.
 */
public class PagesSimulation extends Simulation {

    static final String SESSION_COOKIE = "RTSESSION";
    static final String SETUP = "setup: ";
    static final String WARM_UP = "warm-up: ";
    static final String REFERENCE = "reference: ";

    /** Each measured page's answers, by name in the order of the run; {@link LoadRun} empties it before a run. */
    static final Map<String, PageTimes> MEASURED = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** The settings and user count of the run about to start (Gatling builds the simulation without arguments). */
    static volatile Plan plan;

    record Plan(LoadSettings settings, int users) {}

    /** Per account, the session ids its users signed in with; and what the sign-in step found on the data set. */
    private final Map<String, List<String>> sessions = new ConcurrentHashMap<>();
    private final Map<String, Object> found = new ConcurrentHashMap<>();

    public PagesSimulation() {
        Plan run = plan;
        LoadSettings settings = run.settings();
        HttpProtocolBuilder protocol = http.baseUrl(settings.url())
                .acceptEncodingHeader("gzip, deflate")
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("vi")
                .disableCaching()
                .userAgentHeader("ReformTrack load test");
        List<PopulationBuilder> phases = new ArrayList<>();
        phases.add(signIn(settings, run.users()).injectOpen(atOnceUsers(LoadPage.ACCOUNTS.size())));
        if (!settings.pageByPage()) {
            phases.add(everyPageOnce(run.users()));
            setUp(phases.get(0).andThen(phases.get(1))).protocols(protocol);
            return;
        }
        phases.add(warmUp(settings));
        if (settings.reference() != null) {
            phases.add(measure(new LoadPage(null, REFERENCE + "start", settings.reference()), settings, run.users()));
        }
        phases.add(measure(LoadPage.SIGN_IN, settings, run.users()));
        LoadPage.PAGES.forEach(page -> phases.add(measure(page, settings, run.users())));
        if (settings.reference() != null) {
            phases.add(measure(new LoadPage(null, REFERENCE + "end", settings.reference()), settings, run.users()));
        }
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /**
     * One user per account signs in {@code users} times, each time with an empty cookie jar, so that every measuring
     * user has a session of its own; the coordinator's then reads the ids the pages need.
     */
    private ScenarioBuilder signIn(LoadSettings settings, int users) {
        Iterator<Map<String, Object>> accounts = LoadPage.ACCOUNTS.stream()
                .map(account -> Map.<String, Object>of("account", account)).iterator();
        ChainBuilder signInOnce = exec(flushCookieJar())
                .exec(http(SETUP + "sign-in form").get("/login")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(SETUP + "sign in").post("/login")
                        .formParam("username", "#{account}")
                        .formParam("password", settings.password())
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)))
                .exec(getCookieValue(CookieKey(SESSION_COOKIE).saveAs("sid")))
                .exec(session -> {
                    sessions.computeIfAbsent(session.getString("account"), a -> new CopyOnWriteArrayList<>())
                            .add(session.getString("sid"));
                    return session;
                });
        ChainBuilder discover = exec(
                http(SETUP + "reporting periods").get("/reporting")
                        .check(regex("/reporting/periods/(\\d+)\"").saveAs("periodId")),
                http(SETUP + "assessment rounds").get("/assessment")
                        .check(regex("/assessment/rounds/(\\d+)\"").saveAs("roundId")),
                http(SETUP + "results").get("/results")
                        .check(regex("/results/PAR_PROVINCE/(\\d{4})\"").saveAs("resultsYear")))
                .exec(session -> {
                    for (String key : List.of("periodId", "roundId", "resultsYear")) {
                        found.put(key, session.getString(key));
                    }
                    return session;
                });
        // The head sees only the rounds of its own unit: it finds its round itself (the coordinator's first round
        // may be one the head has no part in, e.g. in the test suite's database).
        ChainBuilder discoverOwnRound = exec(
                http(SETUP + "head's assessment rounds").get("/assessment")
                        .check(regex("/assessment/rounds/(\\d+)\"").saveAs("headRoundId")))
                .exec(session -> {
                    found.put("headRoundId", session.getString("headRoundId"));
                    return session;
                });
        return scenario(SETUP + "sign in")
                .feed(accounts)
                .repeat(users).on(signInOnce)
                .doIf(session -> LoadPage.COORDINATOR.equals(session.getString("account"))).then(discover)
                .doIf(session -> LoadPage.HEAD.equals(session.getString("account"))).then(discoverOwnRound);
    }

    /** The smoke run's one phase: each user asks for every page once, in the order of the run. */
    private PopulationBuilder everyPageOnce(int users) {
        ChainBuilder all = request(LoadPage.SIGN_IN, LoadPage.SIGN_IN.name());
        for (LoadPage page : LoadPage.PAGES) {
            all = all.exec(request(page, page.name()));
        }
        return scenario("every page once").feed(feeder(LoadPage.COORDINATOR)).exec(all).injectOpen(atOnceUsers(users));
    }

    /**
     * Every page a few times, by two users each, all at once: the JIT and the caches see each page before measuring.
     * The reference page is warmed as often, so that the ratio to it compares two warm servers (unwarmed, petclinic's
     * owner list served 161 req/s at the start of a run and 253 at its end).
     */
    private PopulationBuilder warmUp(LoadSettings settings) {
        List<LoadPage> pages = new ArrayList<>(LoadPage.PAGES);
        pages.add(LoadPage.SIGN_IN);
        if (settings.reference() != null) {
            pages.add(new LoadPage(null, "reference", settings.reference()));
        }
        ChainBuilder all = exec(session -> session);
        for (LoadPage page : pages) {
            all = all.exec(request(page, WARM_UP + page.name()));
        }
        ScenarioBuilder scenario = scenario(WARM_UP + "all pages")
                .feed(feeder(LoadPage.COORDINATOR))
                .repeat(Math.max(1, settings.warmup() / 2)).on(all);
        return scenario.injectOpen(atOnceUsers(settings.warmup() > 0 ? 2 : 0));
    }

    /**
     * {@code users} users ask for the page again and again for the page's time, each with its own session; a round
     * is never left half-way ({@code exitASAP} off), so that every user's last answer is recorded too.
     */
    private PopulationBuilder measure(LoadPage page, LoadSettings settings, int users) {
        ScenarioBuilder scenario = scenario(page.name())
                .feed(feeder(page.account() == null ? LoadPage.COORDINATOR : page.account()))
                .during(settings.perPage(), false).on(request(page, page.name()));
        return scenario.injectOpen(atOnceUsers(users));
    }

    /**
     * One request for the page. Its status and response time are saved before the status is judged (a failed check
     * stops the ones after it), so that a measured page's answers, failures included, reach {@link #MEASURED}.
     */
    private ChainBuilder request(LoadPage page, String name) {
        ChainBuilder signedIn = page.account() == null ? exec(flushCookieJar())
                : exec(addCookie(Cookie(SESSION_COOKIE, "#{" + page.account() + "}")));
        ChainBuilder asked = signedIn
                .exec(session -> session.removeAll("status", "millis"))
                .exec(http(name).get(page.path())
                        .check(status().saveAs("status"), responseTimeInMillis().saveAs("millis"), status().is(200)));
        if (name.startsWith(WARM_UP)) {
            return asked;
        }
        return asked.exec(session -> {
            long now = System.currentTimeMillis();
            int status = session.contains("status") ? session.getInt("status") : 0;
            long millis = session.contains("millis") ? session.getLong("millis") : 0;
            MEASURED.computeIfAbsent(name, n -> new PageTimes()).record(status, millis, now);
            return session;
        });
    }

    /**
     * Each user takes the next session of every account in turn, and what the sign-in step found; read when a user
     * starts, after the sign-in phase.
     */
    private Iterator<Map<String, Object>> feeder(String firstAccount) {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                int turn = next.getAndIncrement();
                Map<String, Object> values = new HashMap<>(found);
                sessions.forEach((account, ids) -> values.put(account, ids.get(turn % ids.size())));
                values.putIfAbsent(firstAccount, "");
                return values;
            }
        };
    }
}
