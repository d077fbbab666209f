package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
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
        Elements dashes = Jsoup.parse(html).select("tr:has([data-no-lead-tasks])");
        assertThat(dashes).isNotEmpty().allSatisfy(row -> assertThat(row.select("[role=progressbar]")).isEmpty());
    }
}
