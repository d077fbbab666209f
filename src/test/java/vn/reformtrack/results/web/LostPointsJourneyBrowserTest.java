package vn.reformtrack.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.support.Spreadsheets.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.Spreadsheets;

/**
 * The journey in a real Chromium: the coordinator imports the 2024 PAR Index table, enters the province's
 * criterion scores (a wrong one first), and reads which criteria lost the most points and who answers for them; the
 * leader sees the same page read-only. (The demo criteria of 876/QĐ-BNV are the illustrative ones of demo mode.)
 */
class LostPointsJourneyBrowserTest extends BrowserTestSupport {

    @Test
    void aCoordinatorReordersCriteriaInPlace() {
        signIn("coordinator", "demo123");
        open("/indices");
        browser.findElement(By.linkText("876/QĐ-BNV 10/11/2022 (2022–2030)")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("criteria-table")));
        assertThat(codes()).startsWith("1", "1.1", "1.2", "1.3");
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) browser;
        script.executeScript("window.notReloaded = true");

        browser.findElement(By.cssSelector("tr[data-code='1.2'] button[data-move='up']")).click();
        waitFor(driver -> codes().subList(0, 4).equals(List.of("1", "1.2", "1.1", "1.3")));
        browser.findElement(By.cssSelector("tr[data-code='1.2'] button[data-move='down']")).click();
        waitFor(driver -> codes().subList(0, 4).equals(List.of("1", "1.1", "1.2", "1.3")));
        assertThat(script.executeScript("return window.notReloaded === true")).as("swapped by htmx, not reloaded").isEqualTo(true);
        screenshot("criteria-tree");
    }

    /** Read in one script, so that htmx swapping the table meanwhile cannot leave stale elements. */
    @SuppressWarnings("unchecked")
    private List<String> codes() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#criteria-table tbody tr')).map(r => r.dataset.code)");
    }

    @Test
    void aCoordinatorImportsTheTableEntersScoresAndTheLeaderReadsWhereThePointsWereLost() throws IOException {
        signIn("coordinator", "demo123");
        open("/results/PAR_PROVINCE/2024/import");
        Path file = Files.createTempFile("bang-xep-hang-2024", ".xlsx");
        Files.write(file, Spreadsheets.xlsx(List.of("Tỉnh", "Điểm", "Thứ hạng", "Trên tổng số tỉnh", "Nguồn"),
                List.of(row("22 Quảng Ninh", "93,5", "", "", "Báo cáo thử nghiệm"), row("ha giang", "85,2", "", "", ""))));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-confirm")));
        assertThat(browser.findElements(By.cssSelector("#import-rows tbody tr[data-row]"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("[data-row-error]"))).isEmpty();
        assertThat(text(By.cssSelector("#import-rows tr[data-row='4'] [data-matched]"))).isEqualTo("Tỉnh Hà Giang");
        screenshot("results-import-preview");
        browser.findElement(By.id("import-confirm")).submit();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("national-table")));
        assertThat(text(By.cssSelector("[data-flash]"))).contains("2");
        WebElement own = browser.findElement(By.cssSelector("#national-table tr[data-province='22']"));
        assertThat(own.getAttribute("data-own")).isEqualTo("true");
        assertThat(own.getText()).contains("93,5");
        browser.get(own.findElement(By.cssSelector("[data-scores-link]")).getAttribute("href"));

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("scores-form")));
        type(By.cssSelector("input[data-code='8.2']"), "23");
        type(By.cssSelector("input[data-code='7.2']"), "3,25");
        browser.findElement(By.id("scores-form")).submit();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-code='8.2'].is-invalid")));
        assertThat(text(By.cssSelector("#scores-form"))).contains("vượt quá điểm tối đa 22");
        assertThat(browser.findElement(By.cssSelector("input[data-code='7.2']")).getAttribute("value")).isEqualTo("3,25");
        type(By.cssSelector("input[data-code='8.2']"), "18,5");
        browser.findElement(By.id("scores-form")).submit();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lost-points-table")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#lost-points-table tbody tr"));
        assertThat(rows.get(0).getAttribute("data-code")).isEqualTo("8.2");
        assertThat(rows.get(0).findElement(By.cssSelector("[data-lost]")).getText()).isEqualTo("3,5");
        assertThat(rows.get(0).getText()).contains("Sở Nội vụ");
        assertThat(rows.get(1).getAttribute("data-code")).isEqualTo("7.2");
        assertThat(rows.get(0).findElements(By.cssSelector("a[data-assign-task]"))).hasSize(1);
        screenshot("lost-points-coordinator");

        signIn("leader", "demo123");
        open("/results/PAR_PROVINCE/2024/lost-points");
        List<WebElement> leaderRows = browser.findElements(By.cssSelector("#lost-points-table tbody tr"));
        assertThat(leaderRows.get(0).getAttribute("data-code")).isEqualTo("8.2");
        assertThat(browser.findElements(By.cssSelector("a[data-assign-task]"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Nhập điểm theo tiêu chí"))).isEmpty();
        screenshot("lost-points-leader");
        open("/results/PAR_PROVINCE/2024");
        assertThat(browser.findElements(By.cssSelector("#national-table tr[data-province='22']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#national-table a[href*='/results/entries/']"))).isEmpty();
        screenshot("results-table-leader");
        open("/results/PAR_PROVINCE/2024/import");
        assertThat(browser.findElements(By.cssSelector("[data-error-page='403']"))).hasSize(1);
    }
}
