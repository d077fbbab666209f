package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.KeptRenderings;
import vn.reformtrack.support.TestData;

/**
 * The consolidated report's text form is rendered once and given again to every coordinator while the text is the
 * same, each view with its own CSRF token; a saved text shows on the next view; what a coordinator typed into a
 * refused or conflicting save is shown to that coordinator alone, and the next view shows what is stored.
 */
@IntegrationTest
class ConsolidatedFormKeptTest {

    private static final String FORM = "reporting/consolidated-parts :: form";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;
    @Autowired MeterRegistry meters;

    UserAccount coordinator;
    UserAccount otherCoordinator;
    String path;

    @BeforeEach
    void aPeriod() {
        ReportingFixtures.Scenario s = ReportingFixtures.in(context).scenario(LocalDate.now(clock), 10, null);
        coordinator = data.user(Role.COORDINATOR, null);
        otherCoordinator = data.user(Role.COORDINATOR, null);
        path = "/reporting/periods/" + s.period().getId() + "/consolidated";
    }

    @Test
    void theFormIsGivenAgainWithEachViewsOwnToken() throws Exception {
        page(get(path).with(data.as(coordinator)));
        double given = count(false);

        Document first = page(get(path).with(data.as(coordinator)));
        Document second = page(get(path).with(data.as(otherCoordinator)));

        assertThat(count(false)).as("both views given the kept form").isEqualTo(given + 2);
        for (Document view : new Document[] {first, second}) {
            String token = view.selectFirst("form[action=/logout] input[name=_csrf]").val();
            assertThat(token).isNotBlank();
            assertThat(view.select("#consolidated-form input[name=_csrf]").eachAttr("value")).containsExactly(token);
            assertThat(view.html()).doesNotContain("csrf-stand-in");
        }
        assertThat(first.selectFirst("#consolidated-form input[name=_csrf]").val())
                .isNotEqualTo(second.selectFirst("#consolidated-form input[name=_csrf]").val());
        assertThat(first.selectFirst("#consolidated-form textarea[name=results]").text())
                .isEqualTo(second.selectFirst("#consolidated-form textarea[name=results]").text()).isNotBlank();
    }

    @Test
    void aSavedTextShowsOnTheNextView() throws Exception {
        Document before = page(get(path).with(data.as(coordinator)));

        mvc.perform(save(before, "Báo cáo kết quả cải cách hành chính (đã sửa)").with(data.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));

        Document after = page(get(path).with(data.as(otherCoordinator)));
        assertThat(after.selectFirst("#consolidated-form textarea[name=title]").text())
                .isEqualTo("Báo cáo kết quả cải cách hành chính (đã sửa)");
        assertThat(after.selectFirst("#consolidated-form input[name=version]").val())
                .isNotEqualTo(before.selectFirst("#consolidated-form input[name=version]").val());
    }

    @Test
    void aRefusedSaveIsShownToItsWriterAloneAndTheNextViewShowsWhatIsStored() throws Exception {
        Document before = page(get(path).with(data.as(coordinator)));
        String stored = before.selectFirst("#consolidated-form textarea[name=title]").text();

        Document refused = page(save(before, "x".repeat(501)).with(data.as(coordinator)));
        assertThat(refused.selectFirst("#consolidated-form textarea[name=title]").text()).isEqualTo("x".repeat(501));
        assertThat(refused.selectFirst("#consolidated-form textarea[name=title]").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#consolidated-form .invalid-feedback").text()).isNotBlank();
        assertThat(refused.select("#consolidated-form input[name=_csrf]").eachAttr("value"))
                .containsExactly(refused.selectFirst("form[action=/logout] input[name=_csrf]").val());

        Document next = page(get(path).with(data.as(coordinator)));
        assertThat(next.selectFirst("#consolidated-form textarea[name=title]").text()).isEqualTo(stored);
        assertThat(next.select("#consolidated-form .is-invalid, #consolidated-form .invalid-feedback")).isEmpty();
    }

    /** The first save too: two coordinators who opened the draft do not both save it. */
    @Test
    void aConflictingSaveShowsTheStoredTextToItsWriterAlone() throws Exception {
        Document stale = page(get(path).with(data.as(coordinator)));
        assertThat(stale.getElementById("draft-note")).as("nobody has saved the text yet").isNotNull();
        mvc.perform(save(stale, "Bản của người thứ nhất").with(data.as(otherCoordinator)))
                .andExpect(status().is3xxRedirection());

        Document conflict = page(save(stale, "Bản của người thứ hai").with(data.as(coordinator)));
        assertThat(conflict.getElementById("consolidated-conflict")).isNotNull();
        assertThat(conflict.selectFirst("#consolidated-form textarea[name=title]").text())
                .isEqualTo("Bản của người thứ hai");

        Document next = page(get(path).with(data.as(coordinator)));
        assertThat(next.getElementById("consolidated-conflict")).isNull();
        assertThat(next.selectFirst("#consolidated-form textarea[name=title]").text())
                .isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void aLeaderReadsTheTextWithoutAFormAndEachLanguageHasItsOwnLabels() throws Exception {
        Document leaders = page(get(path).with(data.as(data.user(Role.LEADER, null))));
        assertThat(leaders.getElementById("consolidated-form")).isNull();
        assertThat(leaders.getElementById("consolidated-readonly")).isNotNull();

        Document vi = page(get(path).with(data.as(coordinator)));
        Document en = page(get(path).param("lang", "en").with(data.as(coordinator)));
        assertThat(vi.selectFirst("#consolidated-form button[type=submit]").text()).isEqualTo("Lưu");
        assertThat(en.selectFirst("#consolidated-form button[type=submit]").text()).isEqualTo("Save");
    }

    /** The form as the page gave it, with another title. */
    private MockHttpServletRequestBuilder save(Document page, String title) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        page.select("#consolidated-form input[name], #consolidated-form textarea[name]").forEach(field -> {
            if (!field.attr("name").equals("_csrf")) {
                String value = field.tagName().equals("textarea") ? field.wholeText().stripLeading() : field.val();
                request.param(field.attr("name"), field.attr("name").equals("title") ? title : value);
            }
        });
        return request;
    }

    private double count(boolean rendered) {
        return KeptRenderings.count(meters, FORM, rendered);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
