package vn.reformtrack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.reporting.GridRow;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The dashboards' SQL on the known year of {@link ReportingYear}: every figure below is counted by hand from it. */
@IntegrationTest
class DashboardQueriesTest {

    private static final int YEAR = 2093;
    private static ReportingYear known;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    ReportTimeliness timeliness;

    @Autowired
    ProgressQueries progress;

    @Autowired
    TaskReportQueries taskReports;

    @Autowired
    ReportingQueries reporting;

    @BeforeEach
    void knownYear() {
        synchronized (DashboardQueriesTest.class) {
            if (known == null) {
                known = new ReportingYear(jdbc, data, YEAR);
            }
        }
    }

    @Test
    void reportsDueOnFirstAugustAreCountedPerUnitOnTimeLateAndMissing() {
        Map<Long, ReportCounts> counts = timeliness.byUnit(YEAR, known.day(8, 1), DashboardScope.PROVINCE);

        // (Open tasks of plans never closed, e.g. the demo's, are active in every later period: their units owe too.)
        assertThat(counts).containsKeys(known.unitA, known.unitB, known.unitC, known.unitE);
        // A: Q1 on time, H1 late.
        assertThat(counts.get(known.unitA)).extracting("due", "onTime", "late", "missing").containsExactly(2L, 1L, 1L, 0L);
        assertThat(counts.get(known.unitA).rate()).isEqualByComparingTo("50.0");
        // B coordinates t1: Q1 only a draft (missing), H1 on time though returned for fixes.
        assertThat(counts.get(known.unitB)).extracting("due", "onTime", "late", "missing").containsExactly(2L, 1L, 0L, 1L);
        // C: t2 was done in February, still active in H1 (every period runs from 1 January): H1 missing.
        assertThat(counts.get(known.unitC)).extracting("due", "onTime", "late", "missing").containsExactly(2L, 1L, 0L, 1L);
        // E has no task but sent a Q1 report: it counts.
        assertThat(counts.get(known.unitE)).extracting("due", "onTime", "late", "missing").containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void aReportIsDueOnlyOnceItsDueDateHasPassed() {
        assertThat(timeliness.anyDue(YEAR, known.day(4, 15))).isFalse();
        assertThat(timeliness.byUnit(YEAR, known.day(4, 15), DashboardScope.PROVINCE)).isEmpty();
        assertThat(timeliness.anyDue(YEAR, known.day(4, 16))).isTrue();
        Map<Long, ReportCounts> q1 = timeliness.byUnit(YEAR, known.day(4, 16), DashboardScope.PROVINCE);
        assertThat(q1.get(known.unitA)).extracting("due", "onTime").containsExactly(1L, 1L);
        assertThat(q1.get(known.unitB)).extracting("due", "missing").containsExactly(1L, 1L);
        // After Q3's due date nobody reported: one more missing each for A, B and C (E has no task there).
        Map<Long, ReportCounts> q3 = timeliness.byUnit(YEAR, known.day(12, 31), DashboardScope.PROVINCE);
        assertThat(q3.get(known.unitA)).extracting("due", "missing").containsExactly(3L, 1L);
        assertThat(q3.get(known.unitC)).extracting("due", "missing").containsExactly(3L, 2L);
        assertThat(q3.get(known.unitE)).extracting("due", "missing").containsExactly(1L, 0L);
    }

    @Test
    void aUnitScopeCountsOnlyThatUnit() {
        Map<Long, ReportCounts> own = timeliness.byUnit(YEAR, known.day(8, 1), new DashboardScope(known.unitB));
        assertThat(own.keySet()).containsExactly(known.unitB);
        assertThat(timeliness.byUnit(YEAR, known.day(8, 1), new DashboardScope(-1L))).isEmpty();
    }

    @Test
    void theUnitsOwingReportsAreTheUnitsOfTheCompletenessGrid() {
        CurrentUser coordinator = new CurrentUser(0, "coordinator", "Điều phối", Role.COORDINATOR, null);
        Set<Long> gridUnits = reporting.grid(YEAR, coordinator).rows().stream().map(GridRow::unitId)
                .collect(Collectors.toSet());
        assertThat(timeliness.byUnit(YEAR, known.day(12, 31), DashboardScope.PROVINCE).keySet()).isEqualTo(gridUnits);
    }

    @Test
    void tasksOnFirstAugust() {
        Map<Long, TaskCounts> byUnit = progress.byUnit(YEAR, known.day(8, 1), DashboardScope.PROVINCE).stream()
                .collect(Collectors.toMap(UnitProgress::unitId, UnitProgress::counts));
        // t1 was due 30/06 and is open: overdue. t2 was done 10/02, before its deadline 28/02.
        assertThat(byUnit).containsOnlyKeys(known.unitA, known.unitC);
        assertThat(byUnit.get(known.unitA)).isEqualTo(new TaskCounts(0, 0, 0, 0, 1, 0));
        assertThat(byUnit.get(known.unitC)).isEqualTo(new TaskCounts(0, 0, 1, 0, 0, 0));
        // On 01/02 t1 is not due yet and has progress (in progress); t2 not done yet.
        Map<Long, TaskCounts> february = progress.byUnit(YEAR, known.day(2, 1), DashboardScope.PROVINCE).stream()
                .collect(Collectors.toMap(UnitProgress::unitId, UnitProgress::counts));
        assertThat(february.get(known.unitA)).isEqualTo(new TaskCounts(0, 1, 0, 0, 0, 0));
        assertThat(february.get(known.unitC)).isEqualTo(new TaskCounts(0, 1, 0, 0, 0, 0));
    }

    @Test
    void theLeagueScoreIsTheWeightedMeanOfTheMeasuresAUnitHasFiguresFor() {
        LeagueSettings.Rules rules = new LeagueSettings.Rules(40, 30, 30, new BigDecimal("80"), new BigDecimal("65"),
                new BigDecimal("50"));
        // 5 tasks assessed: 3 on time, 1 late, 1 overdue -> completion 80 %, on time 60 %; reports 1 of 2 on time.
        UnitProgress unit = new UnitProgress(1, "Sở thử", new TaskCounts(2, 0, 3, 1, 1, 0));
        LeagueRow row = LeagueTable.row(unit, new ReportCounts(1, "Sở thử", 2, 1, 1, 0), rules, true);
        assertThat(row.completionRate()).isEqualByComparingTo("80.0");
        assertThat(row.onTimeRate()).isEqualByComparingTo("60.0");
        assertThat(row.reportRate()).isEqualByComparingTo("50.0");
        // (80·40 + 60·30 + 50·30) / 100 = 65.0: exactly the lowest score of Khá.
        assertThat(row.score()).isEqualByComparingTo("65.0");
        assertThat(row.tier()).isEqualTo(LeagueTier.FAIR);
        // Without report figures: (80·40 + 60·30) / 70 = 71.4.
        assertThat(LeagueTable.row(unit, null, rules, true).score()).isEqualByComparingTo("71.4");
        // A unit that only coordinates: judged on its reports alone, 0 of 1 on time -> 0, Yếu.
        LeagueRow onlyReports = LeagueTable.row(new UnitProgress(2, "Xã thử", TaskCounts.NONE),
                new ReportCounts(2, "Xã thử", 1, 0, 0, 1), rules, true);
        assertThat(onlyReports.score()).isEqualByComparingTo("0.0");
        assertThat(onlyReports.tier()).isEqualTo(LeagueTier.WEAK);
    }

    @Test
    void theDrillDownListsTheSubmittedEntriesOfATaskWithTheirEvidence() {
        List<TaskReports.Entry> entries = taskReports.entries(known.taskOne);
        // B's Q1 draft is left out; newest period first, the lead unit before its coordinating unit.
        assertThat(entries).extracting(TaskReports.Entry::periodKind, TaskReports.Entry::unitId,
                        TaskReports.Entry::progressPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("H1", known.unitA, 90),
                        org.assertj.core.groups.Tuple.tuple("H1", known.unitB, 50),
                        org.assertj.core.groups.Tuple.tuple("Q1", known.unitA, 60));
        assertThat(entries.get(2).evidence()).extracting(TaskReports.Evidence::id).containsExactly(known.evidenceId);
        assertThat(entries.get(2).reportId()).isEqualTo(known.reportAq1);
        assertThat(taskReports.entries(known.taskTwo)).isEmpty();
        assertThat(taskReports.task(known.taskOne)).get().extracting(TaskReports.Task::leadUnitId).isEqualTo(known.unitA);
    }
}
