package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.reporting.ReportPages;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

/**
 * A unit's report is its people's main working page: it runs as many SQL statements with ten entries or 35 as with
 * two, shows at most ten entries a page, each entry adds a bounded amount of HTML (the upload widget comes on demand, not once per entry), and what the page
 * and the widget it fetches show stays accessible: every label names a field (by its id, or the one field inside it), no
 * id repeats.
 */
@IntegrationTest
class ReportPageWeightTest {

    /**
     * An entry's card with its edit form and its linked files: about 3.6 KB; 5 KB before its markup was made compact,
     * 7.5 KB when it carried the upload widget.
     */
    private static final int MOST_HTML_PER_ENTRY = 4_200;

    /** The pager of a long report's entries and its "next tasks" link: about 300 characters a page. */
    private static final int MOST_PAGER_HTML = 2_000;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ReportService reports;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;

    ReportingFixtures fixtures;
    LocalDate today;
    Scenario s;

    @BeforeEach
    void scenario() {
        fixtures = ReportingFixtures.in(context);
        today = LocalDate.now(clock);
        s = fixtures.scenario(today, 10, null);
    }

    @Test
    void aReportOfTenEntriesRunsAsManyStatementsAsOneOfTwoAndEachEntryStaysLight() throws Exception {
        UnitReport report = fixtures.filled(s, 40);
        String path = "/reporting/reports/" + report.getId();
        View two = view(path, s.staff());
        assertThat(two.entries()).isEqualTo(2);

        addTasks(8);
        View ten = view(path, s.staff());

        assertThat(ten.entries()).isEqualTo(ReportPages.ENTRIES_PER_PAGE);
        assertThat(ten.statements()).as("statements with 10 entries").isEqualTo(two.statements());
        assertThat((ten.length() - two.length()) / 8).as("characters per entry").isLessThan(MOST_HTML_PER_ENTRY);

        // Past ten the entries are paged: a report three and a half times longer weighs its first page of ten and a
        // pager, in the same statements.
        addTasks(25);
        View first = view(path, s.staff());
        assertThat(first.entries()).as("entry cards on page 1 of 35").isLessThanOrEqualTo(ReportPages.ENTRIES_PER_PAGE);
        assertThat(first.statements()).as("statements with 35 entries").isEqualTo(two.statements());
        assertThat(first.length() - ten.length()).as("characters beyond the ten entries").isLessThan(MOST_PAGER_HTML);
        assertThat(view(path + "?page=3", s.staff()).entries()).as("entry cards on page 4 of 35").isEqualTo(5);
    }

    private void addTasks(int count) {
        for (int i = 0; i < count; i++) {
            fixtures.planning().addTask(s.plan(), s.ours(), Set.of(), today.plusDays(60 + i));
        }
    }

    @Test
    void eachEntryFetchesItsUploadWidgetWhoseFieldsAreLabelledAndWhoseIdsAreNewToThePage() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        Document page = page("/reporting/reports/" + report.getId(), s.staff());
        assertThat(page.select("[data-evidence-upload]")).as("no widget up front").isEmpty();
        assertThat(page.select("form[data-entry-form] [data-evidence-open]")).hasSize(2);
        assertAccessible(page);

        Element open = page.selectFirst("form[data-entry-form] [data-evidence-open]");
        Element list = open.closest("[data-evidence-linked]").selectFirst("[data-evidence-files]");
        Document widget = page(open.attr("hx-get"), s.staff());
        Element upload = widget.selectFirst("[data-evidence-upload]");
        assertThat(upload.select("[data-evidence-submit]").attr("hx-target")).isEqualTo("#" + list.id());
        assertThat(upload.select("input[type=file]").hasAttr("autofocus")).as("focus moves to the file").isTrue();
        assertThat(upload.select("input[name=ownerUnitId]").val()).isEqualTo(Long.toString(s.ours().getId()));
        assertThat(upload.select("input[name=linkField]").val()).isEqualTo("evidenceIds");
        open.replaceWith(upload);
        assertAccessible(page);

        // Another unit's people get no widget for ours; an id that is not one is refused.
        mvc.perform(get(open.attr("hx-get")).with(data.as(s.theirStaff()))).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/upload-widget").param("id", "x\" onfocus=\"y")
                .param("ownerUnitId", Long.toString(s.ours().getId())).with(data.as(s.staff())))
                .andExpect(status().isBadRequest());
    }

    private record View(long statements, int length, int entries) {}

    /** The page's second view (the first may refill the report), its statements and its size. */
    private View view(String path, UserAccount user) throws Exception {
        page(path, user);
        StatementCounter.reset();
        String html = mvc.perform(get(path).with(data.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long statements = StatementCounter.count();
        return new View(statements, html.length(), Jsoup.parse(html).select("article.entry-card").size());
    }

    private Document page(String path, UserAccount user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(data.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static void assertAccessible(Document page) {
        Set<String> ids = new HashSet<>();
        List<String> repeated = page.select("[id]").eachAttr("id").stream().filter(id -> !ids.add(id)).toList();
        assertThat(repeated).as("ids used twice").isEmpty();
        for (Element label : page.select("label[for]")) {
            Element field = page.getElementById(label.attr("for"));
            assertThat(field).as("field of the label %s", label.text()).isNotNull();
            assertThat(field.is("input, select, textarea")).isTrue();
        }
        for (Element label : page.select("label:not([for])")) {
            assertThat(label.select("input, select, textarea")).as("field inside the label %s", label.text()).hasSize(1);
            assertThat(label.ownText()).as("name of the field inside").isNotBlank();
        }
    }
}
