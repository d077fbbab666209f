package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
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
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.KeptRenderings;
import vn.reformtrack.support.TestData;

/**
 * A report's entries, each a whole form, rendered once for what they show and given again to the next view: each view's
 * forms carry that view's own CSRF token (never the stand-in the kept HTML holds), a saved entry shows on the next
 * view, readers who may not edit get the values and no forms, and a refused save (what one person typed) is shown to
 * that person alone.
 */
@IntegrationTest
class ReportEntriesKeptTest {

    private static final String ENTRIES = "reporting/report-parts :: entries";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ReportService reports;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;
    @Autowired MeterRegistry meters;

    ReportingFixtures fixtures;
    Scenario s;
    UnitReport report;
    String path;

    @BeforeEach
    void report() {
        fixtures = ReportingFixtures.in(context);
        s = fixtures.scenario(LocalDate.now(clock), 10, null);
        report = reports.openForUnit(s.period().getId(), s.staffUser());
        path = "/reporting/reports/" + report.getId();
    }

    @Test
    void theEntriesAreGivenAgainWithEachViewsOwnToken() throws Exception {
        page(get(path).with(data.as(s.head())));
        double given = count(false);

        Document first = page(get(path).with(data.as(s.head())));
        Document second = page(get(path).with(data.as(s.staff())));

        assertThat(count(false)).as("both views given the kept entries").isEqualTo(given + 2);
        for (Document view : new Document[] {first, second}) {
            String token = view.selectFirst("#narrative-form input[name=_csrf]").val();
            assertThat(token).isNotBlank().doesNotContain("stand-in");
            assertThat(view.select("form[data-entry-form]")).hasSize(2)
                    .allSatisfy(form -> assertThat(form.select("input[name=_csrf]").eachAttr("value"))
                            .containsExactly(token));
        }
        assertThat(first.selectFirst("form[data-entry-form] input[name=_csrf]").val())
                .isNotEqualTo(second.selectFirst("form[data-entry-form] input[name=_csrf]").val());
        assertThat(first.html()).doesNotContain("csrf-stand-in");
    }

    @Test
    void aSavedEntryShowsOnTheNextView() throws Exception {
        Stored entry = fixtures.entry(report.getId(), s.ledTask().getId());
        page(get(path).with(data.as(s.head())));

        reports.saveEntry(report.getId(), entry.id(), entry.version(), new EntryCommand(60, EntryStatus.IN_PROGRESS,
                null, "Đã trình dự thảo quy chế", null, null, Set.of()), s.staffUser());

        Element card = page(get(path).with(data.as(s.head()))).getElementById("entry-" + entry.id());
        assertThat(card.selectFirst("[data-entry-progress]").val()).isEqualTo("60");
        assertThat(card.selectFirst("[data-entry-work]").text()).isEqualTo("Đã trình dự thảo quy chế");
        assertThat(card.selectFirst("input[name=version]").val())
                .isEqualTo(Long.toString(fixtures.entry(report.getId(), entry.taskId()).version()));
        assertThat(card.hasClass("entry-incomplete")).isFalse();
    }

    @Test
    void aReaderWhoMayNotEditGetsTheValuesNotTheUnitsForms() throws Exception {
        page(get(path).with(data.as(s.head())));

        Document leaders = page(get(path).with(data.as(data.user(Role.LEADER, null))));

        assertThat(leaders.select("article.entry-card")).hasSize(2);
        assertThat(leaders.select("form[data-entry-form], [data-entry-form] input")).isEmpty();
        assertThat(leaders.select("input[name=_csrf]").eachAttr("value")).doesNotContain("")
                .allSatisfy(token -> assertThat(token).doesNotContain("stand-in"));
    }

    @Test
    void aRefusedSaveIsShownToItsWriterAloneAndTheNextViewShowsWhatIsStored() throws Exception {
        Stored entry = fixtures.entry(report.getId(), s.ledTask().getId());
        page(get(path).with(data.as(s.head())));

        Document refused = page(post(path + "/entries/" + entry.id()).param("version", Long.toString(entry.version()))
                .param("progressPercent", "150").param("status", "IN_PROGRESS").param("workDone", "Gõ nhầm")
                .with(data.as(s.staff())).with(csrf()));
        Element typed = refused.getElementById("entry-" + entry.id());
        assertThat(typed.select("[data-entry-refusal]").text()).contains("Tiến độ phải là số nguyên từ 0 đến 100.");
        assertThat(typed.selectFirst("[data-entry-work]").text()).isEqualTo("Gõ nhầm");
        assertThat(typed.select("input[name=_csrf]").eachAttr("value")).allSatisfy(
                token -> assertThat(token).isNotBlank().doesNotContain("stand-in"));

        Element stored = page(get(path).with(data.as(s.staff()))).getElementById("entry-" + entry.id());
        assertThat(stored.select("[data-entry-refusal]")).isEmpty();
        assertThat(stored.selectFirst("[data-entry-work]").text()).isEmpty();
        assertThat(stored.selectFirst("[data-entry-progress]").val()).isEmpty();
    }

    @Test
    void eachLanguageHasItsOwnEntries() throws Exception {
        UserAccount head = s.head();
        Document vi = page(get(path).with(data.as(head)));
        Document en = page(get(path).param("lang", "en").with(data.as(head)));

        assertThat(vi.selectFirst("[data-entry-save]").text()).isNotEqualTo(en.selectFirst("[data-entry-save]").text());
        assertThat(page(get(path).param("lang", "vi").with(data.as(head))).selectFirst("[data-entry-save]").text())
                .isEqualTo(vi.selectFirst("[data-entry-save]").text());
    }

    private double count(boolean rendered) {
        return KeptRenderings.count(meters, ENTRIES, rendered);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
