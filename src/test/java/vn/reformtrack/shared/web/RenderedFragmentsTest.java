package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.reformtrack.assessment.AssessmentFixtures;
import vn.reformtrack.assessment.AssignmentCommand;
import vn.reformtrack.assessment.EntryMode;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.results.IndexResult;
import vn.reformtrack.results.ResultCommand;
import vn.reformtrack.results.ResultEditor;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.KeptRenderings;
import vn.reformtrack.support.TestData;

/**
 * Parts of pages rendered once for what they show (the overview on the home pages and {@code /dashboard}, the progress
 * page's figures, the league's tiers and rows, the completeness grid's rows, the task list's table, a round's items
 * and history), over MockMvc with the real security: the part is the same for every reader of the same data and
 * language and carries nothing of the reader's; it is given again while the data is unchanged; after a change the
 * next view shows exactly what a fresh rendering shows.
 */
@IntegrationTest
class RenderedFragmentsTest {

    private static final String OVERVIEW = "dashboard/overview-parts :: overview";
    private static final String TASK_TABLE = "planning/task-list-parts :: table";
    private static final String ROUND_ITEMS = "assessment/round-parts :: items";
    private static final String MENU = "fragments/navigation :: menu";
    private static final String ANNUAL = "dashboard/annual-parts :: annualBody";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired RenderedFragments fragments;
    @Autowired MeterRegistry meters;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired Clock clock;
    @Autowired TaskProgressRecorder progress;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired RoundService rounds;
    @Autowired RoundQueries roundQueries;
    @Autowired EvidenceStore evidence;
    @Autowired ResultEditor resultEditor;

    PlanningFixtures planning;
    UserAccount leader;

    @BeforeEach
    void fixtures() {
        planning = new PlanningFixtures(plans, tasks, catalog);
        leader = data.user(Role.LEADER, null);
    }

    /** The page as the user sees it; the test's own security context (which the request's filters clear) is kept. */
    private Document page(UserAccount user, String path, String... languageParam) throws Exception {
        var request = get(path).with(data.as(user));
        if (languageParam.length > 0) {
            request = request.param("lang", languageParam[0]);
        }
        SecurityContext testContext = SecurityContextHolder.getContext();
        try {
            return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        } finally {
            SecurityContextHolder.setContext(testContext);
        }
    }

    /** The page without what differs per request or session (CSRF tokens, script nonces). */
    private String stable(Document page) {
        return page.body().html()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("nonce=\"[^\"]*\"", "");
    }

    private double count(String fragment, boolean rendered) {
        return KeptRenderings.count(meters, fragment, rendered);
    }

    /** The province's overdue tasks on the home page's progress tile (thousands grouped as the language writes). */
    private static long overdue(Document home) {
        String shown = home.selectFirst("[data-progress-tile] [data-summary=overdue]").text();
        return Long.parseLong(shown.replaceAll("[.,]", ""));
    }

    private Unit overdueTaskInANewUnit() {
        Unit unit = data.department("Đơn vị chậm");
        planning.issuedTask(unit, Set.of(), LocalDate.now(clock), -3);
        return unit;
    }

    @Test
    void theOverviewIsTheSameForEveryReaderAndCarriesNothingOfTheirs() throws Exception {
        UserAccount otherLeader = data.user(Role.LEADER, null);
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        String leaders = page(leader, "/").selectFirst("section[data-overview]").outerHtml();
        double given = count(OVERVIEW, false);

        String otherLeaders = page(otherLeader, "/").selectFirst("section[data-overview]").outerHtml();
        String coordinators = page(coordinator, "/dashboard").selectFirst("section[data-overview]").outerHtml();

        assertThat(otherLeaders).isEqualTo(leaders);
        assertThat(coordinators).isEqualTo(leaders);
        assertThat(count(OVERVIEW, false)).isEqualTo(given + 2);
        assertThat(leaders).doesNotContain("_csrf").doesNotContain(leader.getFullName())
                .contains("data-index-tile", "data-progress-tile");
    }

    @Test
    void aChangeShowsOnTheNextViewExactlyAsAFreshRendering() throws Exception {
        Document before = page(leader, "/");
        long overdueBefore = overdue(before);
        String progressBefore = stable(page(leader, "/dashboard/progress"));

        Unit late = overdueTaskInANewUnit();

        Document after = page(leader, "/");
        long overdueAfter = overdue(after);
        assertThat(overdueAfter).isEqualTo(overdueBefore + 1);
        String progressAfter = stable(page(leader, "/dashboard/progress"));
        assertThat(progressAfter).isNotEqualTo(progressBefore);
        String leagueAfter = stable(page(leader, "/dashboard/league?size=100"));
        assertThat(leagueAfter).contains("data-unit-id=\"" + late.getId() + "\"");

        fragments.forget();
        assertThat(stable(page(leader, "/"))).isEqualTo(stable(after));
        assertThat(stable(page(leader, "/dashboard/progress"))).isEqualTo(progressAfter);
        assertThat(stable(page(leader, "/dashboard/league?size=100"))).isEqualTo(leagueAfter);
    }

    @Test
    void theGridShowsANewlyInvolvedUnitOnTheNextView() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        String path = "/reporting/grid?query=" + "Đơn vị chậm";
        int before = page(coordinator, path).select("#grid tbody tr").size();

        Unit late = overdueTaskInANewUnit();

        Document after = page(coordinator, path);
        assertThat(after.select("#grid tbody tr")).hasSize(before + 1);
        assertThat(after.select("#grid tbody tr[data-unit-id=" + late.getId() + "] td")).isNotEmpty();
        fragments.forget();
        assertThat(stable(page(coordinator, path))).isEqualTo(stable(after));
    }

    @Test
    void theTaskListShowsATasksProgressAndItsCountsOnTheNextView() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        Unit lead = data.department("Sở Khoa học và Công nghệ");
        Task task = planning.issuedTask(lead, Set.of(), LocalDate.now(clock), 5);
        String path = "/planning/tasks?planId=" + task.getPlanId();
        Document before = page(coordinator, path);
        assertThat(before.select("#task-table tr[data-task-id=" + task.getId() + "] [data-status]").attr("data-status"))
                .isEqualTo("NOT_STARTED");
        double given = count(TASK_TABLE, false);
        assertThat(stable(page(coordinator, path))).isEqualTo(stable(before));
        assertThat(count(TASK_TABLE, false)).as("the same rows: given again").isEqualTo(given + 1);

        progress.recordAcceptedProgress(task.getId(), lead.getId(), 40, null, "test-coordinator");

        Document after = page(coordinator, path);
        assertThat(after.select("#task-table tr[data-task-id=" + task.getId() + "] [data-status]").attr("data-status"))
                .isEqualTo("IN_PROGRESS");
        assertThat(after.select("#task-table tr[data-task-id=" + task.getId() + "] td.num").text()).isEqualTo("40 %");
        assertThat(after.select("[data-chip=IN_PROGRESS] .badge").text()).isEqualTo("1");
        assertThat(after.select("[data-chip=NOT_STARTED] .badge").text()).isEqualTo("0");
        fragments.forget();
        assertThat(stable(page(coordinator, path))).isEqualTo(stable(after));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR") // the assessment services check the caller's role
    void aRoundsItemsAndHistoryShowAnAssignmentOnTheNextView() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        Unit justice = data.department("Sở Tư pháp");
        Unit office = data.department("Văn phòng UBND tỉnh");
        AssessmentFixtures assessment = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds,
                roundQueries, evidence);
        long round = assessment.started(assessment.catalog(justice, office), 2025, LocalDate.now(clock).plusDays(14))
                .getId();
        String path = "/assessment/rounds/" + round;
        Document before = page(coordinator, path);
        assertThat(before.select("#item-table tr[data-item=1.1] small")).isEmpty();
        assertThat(before.select("#round-history tr[data-change=ASSIGNED]")).isEmpty();
        double given = count(ROUND_ITEMS, false);
        assertThat(stable(page(coordinator, path))).isEqualTo(stable(before));
        assertThat(count(ROUND_ITEMS, false)).as("the same lines: given again").isEqualTo(given + 1);

        ItemRow assigned = assessment.row(round, "1.1");
        rounds.assign(round, List.of(new AssignmentCommand(assigned.id(), assigned.lockVersion(), EntryMode.ESTIMATE,
                null, Set.of())), AssessmentFixtures.COORDINATOR);

        Document after = page(coordinator, path);
        assertThat(after.select("#item-table tr[data-item=1.1] small").text()).isEqualTo("Sở Nội vụ ước tính");
        assertThat(after.select("#round-history tr[data-change=ASSIGNED] a").text()).isEqualTo("1.1");
        fragments.forget();
        assertThat(stable(page(coordinator, path))).isEqualTo(stable(after));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR") // the result editor checks the caller's role
    void theResultsTableShowsACorrectedSourceOnTheNextViewAndItsEditLinksOnlyToEditors() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        String path = "/results/PAR_PROVINCE/2023";
        Document before = page(coordinator, path);
        Element last = before.select("#national-table tr[data-province]").last();
        long id = Long.parseLong(last.selectFirst("a[href$=/edit]").attr("href").replaceAll("\\D", ""));
        assertThat(stable(page(coordinator, path))).isEqualTo(stable(before));

        Document leaders = page(leader, path);
        assertThat(leaders.select("#national-table tr[data-province]")).hasSameSizeAs(before.select("#national-table tr[data-province]"));
        assertThat(leaders.select("#national-table a[href*=/results/entries/]")).as("no editing links for a leader").isEmpty();

        IndexResult result = resultEditor.result(id);
        String source = result.getSource();
        resultEditor.update(id, result.getVersion(), new ResultCommand(null, result.getTotal(), result.getRank(),
                result.getRankTo(), result.getOfTotal(), "Bảng đã đính chính", result.getSourceDecision()));
        try {
            Document after = page(coordinator, path);
            assertThat(after.select("#national-table tr[data-province=" + last.attr("data-province") + "] td.text-break").text())
                    .isEqualTo("Bảng đã đính chính");
            fragments.forget();
            assertThat(stable(page(coordinator, path))).isEqualTo(stable(after));
        } finally {
            IndexResult corrected = resultEditor.result(id);
            resultEditor.update(id, corrected.getVersion(), new ResultCommand(null, corrected.getTotal(), corrected.getRank(),
                    corrected.getRankTo(), corrected.getOfTotal(), source, corrected.getSourceDecision()));
        }
    }

    @Test
    void theAnnualViewShowsAFinishedTaskOnTheNextView() throws Exception {
        Unit lead = data.department("Sở Khoa học và Công nghệ");
        Task task = planning.issuedTask(lead, Set.of(), LocalDate.now(clock), 5);
        String path = "/dashboard/annual?year=" + LocalDate.now(clock).getYear();
        String row = "#plans-table tr[data-plan-id=" + task.getPlanId() + "] ";
        Document before = page(leader, path);
        assertThat(before.select(row + "[data-count=DONE_ON_TIME]").text()).isEqualTo("0");
        double given = count(ANNUAL, false);
        assertThat(stable(page(leader, path))).isEqualTo(stable(before));
        assertThat(count(ANNUAL, false)).as("the same report: given again").isEqualTo(given + 1);

        progress.recordAcceptedProgress(task.getId(), lead.getId(), 100, LocalDate.now(clock), "test-coordinator");

        Document after = page(leader, path);
        assertThat(after.select(row + "[data-count=DONE_ON_TIME]").text()).isEqualTo("1");
        assertThat(after.select(row + "[data-count=open]").text()).isEqualTo("0");
        fragments.forget();
        assertThat(stable(page(leader, path))).isEqualTo(stable(after));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR") // the result editor checks the caller's role
    void theRankingsShowACorrectedTotalOnTheNextView() throws Exception {
        String path = "/dashboard/rankings?index=PAR_PROVINCE&year=2023";
        Document before = page(leader, path);
        assertThat(stable(page(leader, path))).isEqualTo(stable(before));
        Element last = before.select("#provinces-table tr[data-jurisdiction]").last();
        String province = last.attr("data-jurisdiction");
        long id = jdbc.sql("""
                        select r.id from index_result r join jurisdiction j on j.id = r.jurisdiction_id
                        join index_framework f on f.id = r.framework_id
                        where f.code = 'PAR_PROVINCE' and r.year = 2023 and j.code = :province""")
                .param("province", province).query(Long.class).single();

        IndexResult result = resultEditor.result(id);
        resultEditor.update(id, result.getVersion(), new ResultCommand(null, new BigDecimal("12.34"), result.getRank(),
                result.getRankTo(), result.getOfTotal(), result.getSource(), result.getSourceDecision()));
        try {
            Document after = page(leader, path);
            assertThat(after.select("#provinces-table tr[data-jurisdiction=" + province + "] td[data-total]").text())
                    .isEqualTo("12,34");
            fragments.forget();
            assertThat(stable(page(leader, path))).isEqualTo(stable(after));
        } finally {
            IndexResult corrected = resultEditor.result(id);
            resultEditor.update(id, corrected.getVersion(), new ResultCommand(null, result.getTotal(), corrected.getRank(),
                    corrected.getRankTo(), corrected.getOfTotal(), corrected.getSource(), corrected.getSourceDecision()));
        }
    }

    @Test
    void theFragmentsVariablesStayOutOfThePagesRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("rows", "the page's own rows");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        String html;
        try {
            fragments.forget();
            html = fragments.html("reporting/grid-parts", "rows",
                    Map.of("rows", List.of(), "periods", List.of(), "cellLabels", Map.of()));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(html).contains("<tbody");
        assertThat(request.getAttribute("rows")).isEqualTo("the page's own rows");
        assertThat(Collections.list(request.getAttributeNames())).containsExactly("rows");
    }

    @Test
    void unchangedDataIsGivenAgainAndEachLanguageHasItsOwn() throws Exception {
        page(leader, "/dashboard/league");
        page(leader, "/dashboard/progress");
        double leagueRows = count("dashboard/league-parts :: rows", false);
        double progress = count("dashboard/progress-parts :: figures", false);

        Document vi = page(leader, "/dashboard/progress");
        page(leader, "/dashboard/league");
        Document en = page(leader, "/dashboard/progress", "en");

        assertThat(count("dashboard/league-parts :: rows", false)).isEqualTo(leagueRows + 1);
        assertThat(count("dashboard/progress-parts :: figures", false)).isEqualTo(progress + 1);
        assertThat(vi.select("#by-unit h2").text()).isNotEqualTo(en.select("#by-unit h2").text());
    }

    @Test
    void aUnitUserSeesOnlyTheirUnitsPartsNeverTheProvincesKeptOnes() throws Exception {
        Unit unit = overdueTaskInANewUnit();
        UserAccount head = data.user(Role.UNIT_HEAD, unit.getId());
        page(leader, "/dashboard/progress");

        Document own = page(head, "/dashboard/progress");

        assertThat(own.select("[data-unit-scoped]")).isNotEmpty();
        assertThat(own.select("#charted-units-table tbody tr")).hasSize(1)
                .allSatisfy(row -> assertThat(row.attr("data-unit-id")).isEqualTo(unit.getId().toString()));
        assertThat(own.selectFirst("[data-summary=overdue]").text()).isEqualTo("1");

        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        page(coordinator, "/reporting/grid");
        Document ownGrid = page(head, "/reporting/grid");
        assertThat(ownGrid.select("#grid tbody tr")).hasSize(1)
                .allSatisfy(row -> assertThat(row.attr("data-unit-id")).isEqualTo(unit.getId().toString()));
    }

    /**
     * The main menu: each role's own entries, the current page's marked (and the administration group when the page is
     * one of its entries), in the reader's language; given again to the next reader of the same page and role.
     */
    @Test
    void theMenuIsEachRolesOwnWithTheCurrentPageMarked() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        UserAccount otherCoordinator = data.user(Role.COORDINATOR, null);
        UserAccount head = data.user(Role.UNIT_HEAD, data.department("Sở Thực đơn").getId());

        Document tasks = page(coordinator, "/planning/tasks");
        assertThat(tasks.select("#mainNav a.active[aria-current=page]")).extracting(link -> link.attr("data-nav"))
                .containsExactly("/planning/tasks");
        assertThat(tasks.select("#adminMenu.active")).isEmpty();
        double given = count(MENU, false);
        Document again = page(otherCoordinator, "/planning/tasks");
        assertThat(count(MENU, false)).as("the same menu given again").isEqualTo(given + 1);
        assertThat(again.selectFirst("#mainNav ul").outerHtml()).isEqualTo(tasks.selectFirst("#mainNav ul").outerHtml());

        Document task = page(coordinator, "/planning/tasks/overdue");
        assertThat(task.select("#mainNav a.active")).extracting(link -> link.attr("data-nav"))
                .containsExactly("/planning/tasks");
        Document audit = page(coordinator, "/audit");
        assertThat(audit.select("#adminMenu.active")).hasSize(1);
        assertThat(audit.select("#mainNav a.dropdown-item.active")).extracting(link -> link.attr("data-nav"))
                .containsExactly("/audit");
        assertThat(audit.select("#mainNav a[data-nav=/planning/tasks]").hasClass("active")).isFalse();

        Document headsHome = page(head, "/");
        assertThat(headsHome.select("#mainNav a[data-nav]")).extracting(link -> link.attr("data-nav"))
                .doesNotContain("/audit").contains("/planning/tasks");
        assertThat(headsHome.select("#adminMenu")).isEmpty();

        Document english = page(coordinator, "/planning/tasks", "en");
        assertThat(english.selectFirst("#mainNav a[data-nav=/planning/tasks]").text())
                .isNotEqualTo(tasks.selectFirst("#mainNav a[data-nav=/planning/tasks]").text());
    }
}
