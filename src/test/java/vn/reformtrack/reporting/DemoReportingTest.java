package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.support.IntegrationTest;

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

    @Test
    void theFirstQuarterRanEndToEndWithOneUnitLateAndOneMissingAndEveryViewSaysSo() {
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
    }
}
