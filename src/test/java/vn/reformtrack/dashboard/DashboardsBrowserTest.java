package vn.reformtrack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformtrack.reporting.PeriodCounts;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;

/**
 * In a real Chromium, as the demo leader: every dashboard opens, each chart is drawn by Chart.js (a chart object on
 * the canvas and pixels on it), and the numbers in the tables beneath are those the database holds, counted here
 * with SQL of the test's own.
 */
class DashboardsBrowserTest extends BrowserTestSupport {

    private static final int YEAR = 2005;
    private static ReportingYear known;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    ReportingQueries reporting;

    @BeforeEach
    void knownYear() {
        synchronized (DashboardsBrowserTest.class) {
            if (known == null) {
                known = new ReportingYear(jdbc, data, YEAR);
            }
        }
    }

    /** Waits until every chart of the page is drawn; answers how many there are. */
    private long chartsDrawn() {
        String script = """
                var canvases = Array.from(document.querySelectorAll('canvas[data-chart]'));
                return canvases.every(function (c) {
                  if (!window.Chart || !Chart.getChart(c) || c.width === 0 || c.height === 0) { return false; }
                  var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
                  return false;
                }) ? canvases.length : -1;""";
        waitFor(driver -> (Long) ((JavascriptExecutor) driver).executeScript(script) >= 0);
        return (Long) ((JavascriptExecutor) browser).executeScript(script);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector("[data-count='" + name + "']")).getText().strip();
    }

    @Test
    void theLeadersHomeDrawsItsChartsAndCountsTheCurrentReportingPeriodAsTheGridDoes() {
        signIn("leader", "demo123");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-overview]")));
        assertThat(chartsDrawn()).isPositive();
        WebElement tile = browser.findElement(By.cssSelector("[data-reporting-tile]"));
        PeriodCounts counts = reporting.counts(reporting.currentPeriod().orElseThrow().id());
        assertThat(tile.findElement(By.cssSelector("[data-count=onTime]")).getText()).endsWith(": " + counts.onTime());
        assertThat(tile.findElement(By.cssSelector("[data-count=missing]")).getText()).endsWith(": " + counts.missing());
        assertThat(tile.findElement(By.cssSelector("[data-delivered-percent]")).getText())
                .isEqualTo(counts.deliveredPercent() + "%");
        assertThat(tile.findElement(By.cssSelector("[data-reporting-link]")).getAttribute("href")).contains("/reporting/grid");
        screenshot("dashboard-home-leader");
    }

    @Test
    void quarterlyProgressDrillsDownFromProvinceToUnitToTaskToItsReportEntries() {
        signIn("leader", "demo123");
        open("/dashboard/progress?year=" + YEAR + "&period=H1");
        assertThat(chartsDrawn()).isGreaterThanOrEqualTo(1);
        // On 30/06/2005 A's task one is due that day and open (in progress), C's task two done on time.
        WebElement rowA = browser.findElement(By.cssSelector("#charted-units-table tr[data-unit-id='" + known.unitA + "']"));
        assertThat(cell(rowA, "IN_PROGRESS")).isEqualTo("" + count("""
                select count(*) from task t join plan p on p.id = t.plan_id
                where p.year = ? and t.lead_unit_id = ? and t.completed_on is null and t.due_date >= ?""",
                YEAR, known.unitA, java.sql.Date.valueOf(known.day(6, 30))));
        WebElement rowC = browser.findElement(By.cssSelector("#charted-units-table tr[data-unit-id='" + known.unitC + "']"));
        assertThat(cell(rowC, "DONE_ON_TIME")).isEqualTo("" + count("""
                select count(*) from task t join plan p on p.id = t.plan_id
                where p.year = ? and t.lead_unit_id = ? and t.completed_on <= t.due_date""", YEAR, known.unitC));
        screenshot("dashboard-progress");

        rowA.findElement(By.tagName("a")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-unit-reports]")));
        browser.findElement(By.cssSelector("a[data-task-link]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("task-entries")));
        List<WebElement> entries = browser.findElements(By.cssSelector("#task-entries tbody tr"));
        assertThat((long) entries.size()).isEqualTo(count("""
                select count(*) from report_entry e join unit_report r on r.id = e.report_id
                where e.task_id = ? and r.status <> 'DRAFT'""", known.taskOne));
        assertThat(browser.findElements(By.cssSelector("#task-entries a[data-evidence-link]"))).hasSize(1);
        screenshot("dashboard-task-reports");
    }

    @Test
    void theLeagueTableShowsEachUnitsReportsAsTheDatabaseHasThem() {
        signIn("leader", "demo123");
        open("/dashboard/league?year=" + YEAR + "&period=YEAR&tier=");
        assertThat(chartsDrawn()).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("[data-weights]")).getText()).contains("40", "30");
        for (long unit : new long[] {known.unitA, known.unitB}) {
            WebElement counts = browser.findElement(By.cssSelector(
                    "#league-table tr[data-unit-id='" + unit + "'] [data-report-counts]"));
            long due = count("select count(*) from reporting_period where year = ? and due_on < ?", YEAR,
                    java.sql.Date.valueOf(known.day(12, 31)));
            long onTime = count("""
                    select count(*) from unit_report r join reporting_period rp on rp.id = r.period_id
                    where rp.year = ? and r.unit_id = ? and r.timeliness = 'ON_TIME'""", YEAR, unit);
            long late = count("""
                    select count(*) from unit_report r join reporting_period rp on rp.id = r.period_id
                    where rp.year = ? and r.unit_id = ? and r.timeliness = 'LATE'""", YEAR, unit);
            assertThat(counts.getAttribute("data-due")).isEqualTo("" + due);
            assertThat(counts.getAttribute("data-on-time")).isEqualTo("" + onTime);
            assertThat(counts.getAttribute("data-late")).isEqualTo("" + late);
            assertThat(counts.getAttribute("data-missing")).isEqualTo("" + (due - onTime - late));
        }
        screenshot("dashboard-league");
    }

    @Test
    void theAnnualViewAndTheRankingsDrawTheirCharts() {
        signIn("leader", "demo123");
        open("/dashboard/annual?year=" + YEAR);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plans-table")));
        chartsDrawn();
        assertThat(browser.findElements(By.cssSelector("#plans-table tbody tr")).size())
                .isGreaterThanOrEqualTo((int) count("select count(*) from plan where year = ? and status <> 'DRAFT'", YEAR));
        open("/dashboard/rankings?index=PAR_PROVINCE");
        assertThat(chartsDrawn()).isGreaterThanOrEqualTo(2);
        screenshot("dashboard-rankings");
    }
}
