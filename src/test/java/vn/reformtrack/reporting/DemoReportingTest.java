package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.shared.web.Locales;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The demo's first quarter, as a newcomer finds it: a whole quarter reported by several units and accepted, Phường Hạ
 * Long late and Văn phòng UBND tỉnh missing — and the grid, the chasing list (with the head to call) and the
 * consolidated report all say so.
 */
@IntegrationTest
class DemoReportingTest {

    @Autowired PeriodService periods;
    @Autowired ReportingQueries queries;
    @Autowired ConsolidatedReports consolidated;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired MessageSource messages;

    @Test
    void theFirstQuarterRanEndToEndWithOneUnitLateAndOneMissingAndEveryViewSaysSo() throws Exception {
        ReportingPeriod q1 = periods.ofYear(LocalDate.now(clock).getYear()).stream()
                .filter(p -> p.getKind() == PeriodKind.Q1).findFirst().orElseThrow();

        var standings = queries.standings(q1.getId());
        assertThat(standings).filteredOn(s -> s.status() == CellStatus.ACCEPTED).hasSizeGreaterThanOrEqualTo(9);
        assertThat(standings).filteredOn(UnitStanding::isLate).extracting(UnitStanding::unitName)
                .containsExactly("Phường Hạ Long");
        assertThat(standings).filteredOn(s -> s.unitName().equals("Văn phòng UBND tỉnh"))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(CellStatus.MISSING));
        PeriodCounts counts = queries.counts(q1.getId());
        assertThat(counts.delivered()).isGreaterThanOrEqualTo(9);

        var chased = queries.chasingList(q1.getId()).stream()
                .filter(unit -> unit.unitName().equals("Văn phòng UBND tỉnh")).findFirst().orElseThrow();
        assertThat(chased.heads()).extracting(UserSummary::fullName).containsExactly("Hoàng Văn Long");

        ConsolidatedFigures figures = consolidated.figures(q1.getId(), ReportingFixtures.COORDINATOR);
        assertThat(figures.lateUnits()).extracting(ListedUnit::unitName).containsExactly("Phường Hạ Long");
        assertThat(figures.missingUnits()).extracting(ListedUnit::unitName).contains("Văn phòng UBND tỉnh");
        assertThat(figures.units()).extracting(ConsolidatedFigures.UnitResult::unitName)
                .contains("Sở Tư pháp", "Sở Nội vụ", "Phường Hạ Long").doesNotContain("Văn phòng UBND tỉnh");
        assertThat(figures.narratives()).isNotEmpty();

        // A unit that leads no task of the quarter (the demo's Sở Khoa học và Công nghệ) shows a dash, not a bar at 0 %.
        assertThat(figures.units()).anyMatch(unit -> unit.leadTasks() == 0);
        String html = mvc.perform(get("/reporting/periods/" + q1.getId() + "/consolidated")
                        .with(data.as(data.user(Role.COORDINATOR, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        Elements dashes = page.select("tr:has([data-no-lead-tasks])");
        assertThat(dashes).isNotEmpty().allSatisfy(row -> assertThat(row.select("[role=progressbar]")).isEmpty());

        // The page says what the figures say: the late and the missing units with their standing in words, each unit's
        // timeliness as a badge, and every bar named by its column and carrying the number shown beside it.
        assertThat(page.select("#late-units li")).extracting(Element::text).containsExactly("Phường Hạ Long");
        assertThat(page.select("#missing-units li")).extracting(Element::text).contains("Văn phòng UBND tỉnh — Chưa gửi");
        assertThat(page.select("#missing-units li")).hasSameSizeAs(figures.missingUnits());
        assertThat(page.select("#figures-units tbody tr")).hasSameSizeAs(figures.units());
        Element late = page.selectFirst("#figures-units tr:has(td:containsOwn(Phường Hạ Long))");
        assertThat(late.selectFirst("[data-timeliness]").attr("data-timeliness")).isEqualTo("LATE");
        assertThat(late.selectFirst("[data-timeliness]").hasClass("text-bg-danger")).isTrue();
        assertThat(page.select("#figures-units [data-timeliness=ON_TIME].text-bg-success")).isNotEmpty();
        Elements bars = page.select("[role=progressbar]");
        assertThat(bars).isNotEmpty().allSatisfy(bar -> {
            assertThat(page.getElementById(bar.attr("aria-labelledby"))).isNotNull();
            assertThat(bar.nextElementSibling().text()).isEqualTo(bar.attr("aria-valuenow") + " %");
        });

        // The grid's column of the quarter: the late unit and the missing one with their standing in words (looked up
        // once a page) and, where there is a report, the link to it.
        for (String name : List.of("Phường Hạ Long", "Văn phòng UBND tỉnh")) {
            UnitStanding standing = standings.stream().filter(s -> s.unitName().equals(name)).findFirst().orElseThrow();
            Document grid = Jsoup.parse(mvc.perform(get("/reporting/grid").param("query", name)
                            .with(data.as(data.user(Role.COORDINATOR, null))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            int column = grid.select("#grid thead th.period").eachAttr("data-period-id").indexOf(String.valueOf(q1.getId()));
            Element cell = grid.selectFirst("#grid tbody tr[data-unit-id=" + standing.unitId() + "]").select("td.cell").get(column);
            assertThat(cell.attr("data-cell")).isEqualTo(standing.status().name());
            assertThat(cell.text()).isEqualTo(messages.getMessage(standing.labelKey(), null, Locales.VIETNAMESE));
            assertThat(cell.select("a").eachAttr("href")).isEqualTo(standing.reportId() == null ? List.of()
                    : List.of("/reporting/reports/" + standing.reportId()));
        }
    }
}
