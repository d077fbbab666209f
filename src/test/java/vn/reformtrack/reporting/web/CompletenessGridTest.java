package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitType;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.CellStatus;
import vn.reformtrack.reporting.GridFilter;
import vn.reformtrack.reporting.GridPage;
import vn.reformtrack.reporting.GridRow;
import vn.reformtrack.reporting.PeriodCommand;
import vn.reformtrack.reporting.PeriodCounts;
import vn.reformtrack.reporting.PeriodKind;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingPeriod;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The completeness grid: who is expected in a period follows planning's rule for the tasks active in it; a page shows
 * 50 units, narrowed by words, kind of unit and standing, while the counts stay the whole province's; the export takes
 * every unit the filter finds; a unit user sees their own line only, whatever the filter.
 */
@IntegrationTest
class CompletenessGridTest {

    private static final String WORDS = "Lưới phân trang";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TaskProgressRecorder recorder;
    @Autowired PlanningQueries planning;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportingQueries queries;
    @Autowired Clock clock;

    PlanningFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        today = LocalDate.now(clock);
    }

    @Test
    void aUnitIsExpectedInAPeriodExactlyWhenPlanningCountsOneOfItsTasksActiveThere() {
        LocalDate day = ReportingFixtures.freshDay(today);
        Unit leadsOpen = data.department("Sở chủ trì việc mở");
        Unit coordinates = data.department("Sở chỉ phối hợp");
        Unit doneBefore = data.department("Sở xong trước kỳ");
        Unit doneOnTheDay = data.department("Sở xong trong kỳ");
        Unit cancelledLater = data.department("Sở có việc hủy sau");
        Unit issuedAfter = data.department("Sở có kế hoạch ban hành sau kỳ");
        Plan before = fixtures.draft(today.getYear(), day.minusDays(10));
        fixtures.addTask(before, leadsOpen, Set.of(coordinates.getId()), today.plusDays(30));
        Task finishedEarly = fixtures.addTask(before, doneBefore, Set.of(), today.plusDays(30));
        Task finishedThatDay = fixtures.addTask(before, doneOnTheDay, Set.of(), today.plusDays(30));
        Task cancelled = fixtures.addTask(before, cancelledLater, Set.of(), today.plusDays(30));
        fixtures.issue(before);
        Plan after = fixtures.draft(today.getYear(), day.plusDays(1));
        fixtures.addTask(after, issuedAfter, Set.of(), today.plusDays(30));
        fixtures.issue(after);
        recorder.recordAcceptedProgress(finishedEarly.getId(), doneBefore.getId(), 100, day.minusDays(1), "r");
        recorder.recordAcceptedProgress(finishedThatDay.getId(), doneOnTheDay.getId(), 100, day, "r");
        Task toCancel = tasks.get(cancelled.getId(), PlanningFixtures.COORDINATOR);
        tasks.cancel(toCancel.getId(), toCancel.getVersion(), "Không cần nữa", PlanningFixtures.COORDINATOR);
        ReportingPeriod period = periods.create(new PeriodCommand(PeriodKind.AD_HOC, day.getYear(),
                "Kỳ thử lưới " + TestData.unique("p"), day, day, day, null), PlanningFixtures.COORDINATOR);

        Map<Long, GridRow> rows = queries.gridPage(today.getYear(), GridFilter.none(), Pageable.unpaged(),
                        PlanningFixtures.COORDINATOR).rows().stream()
                .collect(Collectors.toMap(GridRow::unitId, Function.identity()));

        for (Unit unit : List.of(leadsOpen, coordinates, doneBefore, doneOnTheDay, cancelledLater, issuedAfter)) {
            boolean planningSaysActive = !planning.tasksOfUnit(unit.getId(), day, day).isEmpty();
            CellStatus cell = rows.containsKey(unit.getId()) ? rows.get(unit.getId()).cell(period.getId()).status()
                    : CellStatus.NOT_EXPECTED;
            assertThat(cell != CellStatus.NOT_EXPECTED).as(unit.getName()).isEqualTo(planningSaysActive);
        }
        assertThat(rows.get(leadsOpen.getId()).cell(period.getId()).status()).isEqualTo(CellStatus.MISSING);
        assertThat(rows.get(coordinates.getId()).cell(period.getId()).status()).isEqualTo(CellStatus.MISSING);
        assertThat(rows.get(doneOnTheDay.getId()).cell(period.getId()).status()).isEqualTo(CellStatus.MISSING);
        assertThat(rows.get(cancelledLater.getId()).cell(period.getId()).status()).isEqualTo(CellStatus.MISSING);
        assertThat(rows.containsKey(doneBefore.getId()) ? rows.get(doneBefore.getId()).cell(period.getId()).status()
                : CellStatus.NOT_EXPECTED).isEqualTo(CellStatus.NOT_EXPECTED);
        assertThat(rows.get(issuedAfter.getId()).cell(period.getId()).status()).isEqualTo(CellStatus.NOT_EXPECTED);
    }

    @Test
    void aGridOrPeriodPageShowsAPageOfTheUnitsTheFilterFindsAndTheCountsStayTheProvincesWhole() throws Exception {
        LocalDate day = ReportingFixtures.freshDay(today);
        Plan plan = fixtures.draft(today.getYear(), day);
        List<Unit> ours = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            ours.add(data.department(WORDS + " " + i));
        }
        Unit commune = data.unit(WORDS + " xã", UnitType.COMMUNE, null);
        ours.add(commune);
        for (Unit unit : ours) {
            fixtures.addTask(plan, unit, Set.of(), today.plusDays(60));
        }
        fixtures.issue(plan);
        ReportingPeriod period = periods.create(new PeriodCommand(PeriodKind.AD_HOC, day.getYear(),
                "Kỳ thử trang " + TestData.unique("p"), day, day, day, null), PlanningFixtures.COORDINATOR);
        UserAccount coordinator = data.user(Role.COORDINATOR, null);

        // 25 units a page unless the reader picks 50 or 100; a size that is not offered shows 25.
        Document byDefault = page(coordinator, "/reporting/grid", "query", "luoi phan trang");
        assertThat(byDefault.select("#grid tbody tr")).hasSize(25);
        assertThat(byDefault.select("[data-page-sizes] strong[aria-current]").text()).isEqualTo("25");
        String secondPage = mvc.perform(get("/reporting/grid?query={q}&page=1", "luoi phan trang")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(secondPage).select("[data-page-sizes] a").eachAttr("href"))
                .as("a new size keeps the filter and starts at the first page")
                .containsExactly("/reporting/grid?query=luoi%20phan%20trang&size=50",
                        "/reporting/grid?query=luoi%20phan%20trang&size=100");
        for (String notOffered : new String[] {"abc", "37", "-50", "100000", ""}) {
            assertThat(page(coordinator, "/reporting/grid", "query", "luoi phan trang", "size", notOffered)
                    .select("#grid tbody tr")).as("size=%s", notOffered).hasSize(25);
        }
        assertThat(page(coordinator, "/reporting/grid", "query", "luoi phan trang", "size", "100")
                .select("#grid tbody tr")).hasSize(56);
        assertThat(page(coordinator, "/reporting/grid", "query", "luoi phan trang", "page", "2")
                .select("#grid tbody tr")).hasSize(6);

        Document first = page(coordinator, "/reporting/grid", "query", "luoi phan trang", "size", "50");
        Document second = page(coordinator, "/reporting/grid", "query", "luoi phan trang", "size", "50", "page", "1");
        assertThat(first.select("#grid tbody tr")).hasSize(50);
        String fiftyAPage = mvc.perform(get("/reporting/grid?query={q}&size=50", "luoi phan trang")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(fiftyAPage).select(".pagination a").eachAttr("href")).as("the pages keep the size")
                .contains("/reporting/grid?query=luoi%20phan%20trang&size=50&page=1");
        assertThat(second.select("#grid tbody tr")).hasSize(6);
        assertThat(first.select("#grid tbody tr").eachAttr("data-unit-id")).doesNotContainAnyElementsOf(
                second.select("#grid tbody tr").eachAttr("data-unit-id"));
        assertThat(first.select("#grid tbody td[data-cell=MISSING]")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(first.select("nav .pagination")).isNotEmpty();

        assertThat(page(coordinator, "/reporting/grid", "query", "luoi phan trang", "type", "COMMUNE")
                .select("#grid tbody tr").eachAttr("data-unit-id")).containsExactly(String.valueOf(commune.getId()));
        assertThat(page(coordinator, "/reporting/grid", "query", "luoi phan trang", "status", "ACCEPTED")
                .select("#grid tbody tr")).isEmpty();
        assertThat(page(coordinator, "/reporting/grid", "query", ours.get(7).getName(), "status", "MISSING")
                .select("#grid tbody tr").eachAttr("data-unit-id")).containsExactly(String.valueOf(ours.get(7).getId()));
        assertThat(page(coordinator, "/reporting/grid", "type", "NOT_A_TYPE", "status", "NOPE", "query",
                "luoi phan trang", "size", "50")
                .select("#grid tbody tr")).as("a bad filter value is left out").hasSize(50);

        PeriodCounts whole = counts(GridFilter.none(), period.getId());
        PeriodCounts filtered = counts(new GridFilter("luoi phan trang", UnitType.COMMUNE, null), period.getId());
        assertThat(filtered).isEqualTo(whole);
        assertThat(whole.expected()).isGreaterThanOrEqualTo(56);
        assertThat(first.select("#grid tfoot [data-counts-period=" + period.getId() + "]").text())
                .contains(whole.delivered() + "/" + whole.expected());

        // The period's page pages and filters its units the same way, and its counts stay the province's too.
        String periodPage = "/reporting/periods/" + period.getId();
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang").select("#standings tbody tr")).hasSize(25);
        Document periodFirst = page(coordinator, periodPage, "query", "luoi phan trang", "size", "50");
        assertThat(periodFirst.select("#standings tbody tr")).hasSize(50);
        assertThat(periodFirst.select("#standings tbody [data-cell=MISSING]")).hasSize(50);
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang", "size", "50", "page", "1")
                .select("#standings tbody tr")
                .eachAttr("data-unit-id")).hasSize(6).doesNotContainAnyElementsOf(
                periodFirst.select("#standings tbody tr").eachAttr("data-unit-id"));
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang", "type", "COMMUNE")
                .select("#standings tbody tr").eachAttr("data-unit-id")).containsExactly(String.valueOf(commune.getId()));
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang", "status", "ACCEPTED")
                .select("#standings tbody tr")).isEmpty();
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang", "status", "NOPE", "type", "NOT_A_TYPE",
                "page", "-4", "size", "50").select("#standings tbody tr")).as("a bad filter value is left out").hasSize(50);
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang", "page", "99").select("#standings tbody tr"))
                .isEmpty();
        assertThat(page(coordinator, periodPage, "query", "luoi phan trang", "type", "COMMUNE")
                .select("[data-count=expected] .fs-4").text()).isEqualTo(String.valueOf(whole.expected()));

        byte[] sheet = mvc.perform(get("/reporting/grid").param("format", "xlsx").param("query", "luoi phan trang")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("title, header and every unit found").isEqualTo(57);
        }
    }

    @Test
    void aUnitUserSeesOnlyTheirOwnLineWhateverTheFilterAsks() throws Exception {
        Unit ours = data.department("Sở chỉ thấy mình");
        Unit theirs = data.department("Sở khác không thấy");
        fixtures.issuedTask(ours, Set.of(), today, 20);
        fixtures.issuedTask(theirs, Set.of(), today, 20);
        UserAccount head = data.user(Role.UNIT_HEAD, ours.getId());

        for (List<String> filter : List.of(List.of("query", "khac khong thay"), List.of("type", "DEPARTMENT", "page", "0"),
                List.of("page", "3"))) {
            assertThat(page(head, "/reporting/grid", filter.toArray(String[]::new)).select("#grid tbody tr")
                    .eachAttr("data-unit-id")).as("%s", filter).allMatch(id -> id.equals(String.valueOf(ours.getId())));
        }
        assertThat(page(head, "/reporting/grid").select("#grid tbody tr")).hasSize(1);
        assertThat(page(head, "/reporting/grid").select("#query, #type, #status")).isEmpty();
    }

    private PeriodCounts counts(GridFilter filter, long periodId) {
        GridPage grid = queries.gridPage(today.getYear(), filter, PageRequest.of(0, 50),
                PlanningFixtures.COORDINATOR);
        return grid.counts().stream().filter(c -> c.period().id() == periodId).findFirst().orElseThrow();
    }

    /** The page as the user gets it, with request parameters given as name, value, name, value... */
    private Document page(UserAccount user, String path, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(data.as(user));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
