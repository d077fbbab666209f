package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.planning.Task;
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.ReportPages;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportStatus;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * A long report (23 tasks: our two, then 21 more, later due) shows its entries ten a page in their order, with a pager
 * that tells how many entries of each page are still incomplete; any page number in the URL shows the nearest page;
 * saving an entry without JavaScript comes back to its page; the coordinator deciding reads every entry on one page so
 * that the return's comments reach them all; another unit's people see none of it whatever the page.
 */
@IntegrationTest
class ReportEntryPagesTest {

    private static final int MORE_TASKS = 21;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ReportService reports;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;

    ReportingFixtures fixtures;
    Scenario s;
    /** Our tasks in the order the report lists them: those we lead, by deadline. */
    List<Long> taskOrder;

    @BeforeEach
    void longReport() {
        fixtures = ReportingFixtures.in(context);
        LocalDate today = LocalDate.now(clock);
        s = fixtures.scenario(today, 10, null);
        taskOrder = new ArrayList<>(List.of(s.ledTask().getId(), s.coordinatedTask().getId()));
        for (int i = 0; i < MORE_TASKS; i++) {
            Task task = fixtures.planning().addTask(s.plan(), s.ours(), Set.of(), today.plusDays(60 + i));
            taskOrder.add(task.getId());
        }
    }

    @Test
    void tenEntriesAPageInTheReportsOrderAndAnyPageNumberShowsTheNearestPage() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        String path = "/reporting/reports/" + report.getId();

        Document first = page(get(path).with(data.as(s.staff())));
        assertThat(tasksShown(first)).containsExactlyElementsOf(taskOrder.subList(0, 10));
        Document second = page(get(path).param("page", "1").with(data.as(s.staff())));
        assertThat(tasksShown(second)).containsExactlyElementsOf(taskOrder.subList(10, 20));
        Document third = page(get(path).param("page", "2").with(data.as(s.staff())));
        assertThat(tasksShown(third)).containsExactlyElementsOf(taskOrder.subList(20, 23));

        // The heading keeps the whole count and says which entries are shown; the pager names the page shown.
        assertThat(second.selectFirst("#entries h2").text()).isEqualTo("Nhiệm vụ trong kỳ (23) · đang xem 11–20");
        Element pager = second.selectFirst("nav#entry-pages");
        assertThat(pager.attr("aria-label")).isEqualTo("Các trang nhiệm vụ của báo cáo");
        assertThat(pager.select("a[aria-current=page]").eachText()).containsExactly("Trang 2 · 10 chưa đủ");
        assertThat(pager.select("a").eachAttr("href")).containsExactly(path + "?page=0#entries",
                path + "?page=1#entries", path + "?page=2#entries");
        assertThat(pager.select("a").eachAttr("title")).containsExactly("Nhiệm vụ 1–10", "Nhiệm vụ 11–20",
                "Nhiệm vụ 21–23");
        assertThat(second.selectFirst("#next-entries").attr("href")).isEqualTo(path + "?page=2#entries");
        assertThat(third.select("#next-entries")).isEmpty();

        for (String bad : new String[] {"-1", "0", "abc", "", " ", "1.5", "0x1", "-99999999999999999999"}) {
            assertThat(tasksShown(page(get(path).param("page", bad).with(data.as(s.staff())))))
                    .as("page %s", bad).containsExactlyElementsOf(taskOrder.subList(0, 10));
        }
        for (String past : new String[] {"3", "999", "99999999999999999999"}) {
            Document last = page(get(path).param("page", past).with(data.as(s.head())));
            assertThat(tasksShown(last)).as("page %s", past).containsExactlyElementsOf(taskOrder.subList(20, 23));
            assertThat(last.select("#entry-pages a[aria-current=page]").eachAttr("title"))
                    .containsExactly("Nhiệm vụ 21–23");
        }
    }

    @Test
    void thePagerCountsEachPagesIncompleteEntriesAndTheNoteLeadsToTheFirstOne() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        String path = "/reporting/reports/" + report.getId();
        List<Stored> ordered = ordered(report.getId());
        // Page 1 all written, page 2 seven of ten, page 3 none of three.
        for (Stored entry : ordered.subList(0, 17)) {
            reports.saveEntry(report.getId(), entry.id(), entry.version(), new EntryCommand(50,
                    EntryStatus.IN_PROGRESS, null, "Đang làm", null, null, Set.of()), s.staffUser());
        }

        for (UserAccount reader : new UserAccount[] {s.head(), s.staff()}) {
            Document shown = page(get(path).param("page", "2").with(data.as(reader)));
            assertThat(shown.select("#entry-pages a").eachText())
                    .containsExactly("Trang 1 · đã đủ", "Trang 2 · 3 chưa đủ", "Trang 3 · 3 chưa đủ");
            assertThat(shown.select("#entry-pages a").eachAttr("data-incomplete")).containsExactly("0", "3", "3");
            Element note = shown.selectFirst("#incomplete-note a");
            assertThat(note.text()).isEqualTo("Còn 6 nhiệm vụ chưa nhập tiến độ hoặc tình trạng.");
            assertThat(note.attr("href")).isEqualTo(path + "?page=1#entry-" + ordered.get(17).id());
        }
        // The submit rules stay on the whole report: the head cannot submit with entries on other pages incomplete.
        mvc.perform(post(path + "/submit").param("version", Long.toString(fixtures.report(report.getId()).getVersion()))
                .with(data.as(s.head())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fixtures.report(report.getId()).getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void anEntrySavedWithoutJavaScriptComesBackToItsPageAndARefusalShowsThatPageWithTheMessage() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        String path = "/reporting/reports/" + report.getId();
        Stored onSecond = ordered(report.getId()).get(14);
        Stored onFirst = ordered(report.getId()).get(3);

        mvc.perform(plainSave(path, onSecond, "45", "Đã rà soát hồ sơ", s.staff()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path + "?page=1#entry-" + onSecond.id()));
        assertThat(fixtures.entry(report.getId(), onSecond.taskId()).progressPercent()).isEqualTo(45);
        mvc.perform(plainSave(path, onFirst, "10", "Bắt đầu", s.staff()))
                .andExpect(redirectedUrl(path + "#entry-" + onFirst.id()));

        Stored saved = fixtures.entry(report.getId(), onSecond.taskId());
        Document refused = page(plainSave(path, saved, "101", "Số liệu gõ nhầm", s.staff()));
        assertThat(tasksShown(refused)).containsExactlyElementsOf(taskOrder.subList(10, 20));
        assertThat(refused.select("#entry-pages a[aria-current=page]").eachAttr("title")).containsExactly("Nhiệm vụ 11–20");
        Element card = refused.getElementById("entry-" + saved.id());
        assertThat(card.select("[data-entry-refusal]").text()).contains("Tiến độ phải là số nguyên từ 0 đến 100.");
        assertThat(card.selectFirst("[data-entry-work]").text()).isEqualTo("Số liệu gõ nhầm");
        // The pager of a page shown in answer to a post still leads to the report's own pages.
        assertThat(refused.select("#entry-pages a").eachAttr("href")).allMatch(href -> href.startsWith(path + "?page="));
        assertThat(fixtures.entry(report.getId(), onSecond.taskId()).progressPercent()).isEqualTo(45);
    }

    @Test
    void theCoordinatorDecidingReadsEveryEntryOnOnePageAndTheReturnsCommentsReachThemAll() throws Exception {
        UnitReport report = fixtures.underReview(s, 40);
        String path = "/reporting/reports/" + report.getId();
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        List<Stored> ordered = ordered(report.getId());

        Document deciding = page(get(path).param("page", "1").with(data.as(coordinator)));
        assertThat(tasksShown(deciding)).containsExactlyElementsOf(taskOrder);
        assertThat(deciding.select("#entry-pages, #next-entries, #entries-shown")).isEmpty();
        assertThat(deciding.select("textarea[form=return-form]").eachAttr("name")).containsExactlyElementsOf(
                ordered.stream().map(entry -> "entryComments[" + entry.id() + "]").toList());

        Stored early = ordered.get(2);
        Stored late = ordered.get(21);
        mvc.perform(post(path + "/return").param("version", Long.toString(fixtures.report(report.getId()).getVersion()))
                        .param("entryComments[" + early.id() + "]", "Bổ sung văn bản")
                        .param("entryComments[" + late.id() + "]", "Thiếu số liệu quý")
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.report(report.getId()).getStatus()).isEqualTo(ReportStatus.RETURNED);

        // The unit reads each comment on the page that holds its entry; its pages are back.
        Document third = page(get(path).param("page", "2").with(data.as(s.head())));
        assertThat(third.select("#entry-" + late.id() + " [data-entry-review]").text()).contains("Thiếu số liệu quý");
        Document first = page(get(path).with(data.as(s.head())));
        assertThat(first.select("#entry-" + early.id() + " [data-entry-review]").text()).contains("Bổ sung văn bản");
        assertThat(first.select("article.entry-card")).hasSize(ReportPages.ENTRIES_PER_PAGE);
        // A reader who cannot decide (the leader) pages the report as the unit does.
        UserAccount leader = data.user(Role.LEADER, null);
        assertThat(page(get(path).with(data.as(leader))).select("article.entry-card")).hasSize(ReportPages.ENTRIES_PER_PAGE);
    }

    @Test
    void anotherUnitsPeopleGetNotFoundWhateverPageTheyAskFor() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        String path = "/reporting/reports/" + report.getId();
        Stored entry = ordered(report.getId()).get(15);
        for (UserAccount stranger : new UserAccount[] {s.theirHead(), s.theirStaff()}) {
            for (String page : new String[] {"0", "1", "2", "999", "-1", "abc"}) {
                mvc.perform(get(path).param("page", page).with(data.as(stranger))).andExpect(status().isNotFound());
            }
            mvc.perform(plainSave(path, entry, "90", "của đơn vị khác", stranger))
                    .andExpect(status().isNotFound());
        }
        assertThat(fixtures.entry(report.getId(), entry.taskId()).progressPercent()).isNull();
    }

    /** The report's entries in the order of its page. */
    private List<Stored> ordered(long reportId) {
        List<Stored> entries = fixtures.entries(reportId);
        return IntStream.range(0, taskOrder.size())
                .mapToObj(i -> entries.stream().filter(e -> e.taskId() == taskOrder.get(i)).findFirst().orElseThrow())
                .toList();
    }

    /** The tasks of the entry cards a page shows, in its order. */
    private static List<Long> tasksShown(Document page) {
        return page.select("article.entry-card [data-entry-task]").eachAttr("href").stream()
                .map(href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1))).toList();
    }

    /** An entry saved through the plain form (no htmx). */
    private MockHttpServletRequestBuilder plainSave(String path, Stored entry, String progress, String workDone,
            UserAccount user) {
        return post(path + "/entries/" + entry.id()).param("version", Long.toString(entry.version()))
                .param("progressPercent", progress).param("status", "IN_PROGRESS").param("workDone", workDone)
                .with(data.as(user)).with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
