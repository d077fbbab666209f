package vn.reformtrack.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;

/**
 * In a real Chromium: the coordinator enters a plan, gives it a task for Sở Tư pháp and issues it; the unit head of
 * Sở Tư pháp finds the task under "our tasks" and names the responsible person.
 */
class PlanningJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    Clock clock;

    @Test
    void aCoordinatorIssuesAPlanAndTheUnitHeadFindsItsTaskAndAssignsIt() {
        LocalDate today = LocalDate.now(clock);
        String number = PlanningFixtures.uniqueNumber();
        String taskTitle = "Rà soát thủ tục hành chính lĩnh vực tư pháp " + TestData.unique("b");

        signIn("coordinator", "demo123");
        open("/planning/plans");
        click(By.id("new-plan"));
        type(By.id("documentNumber"), number);
        setDate("issueDate", today.minusDays(5));
        type(By.id("year"), String.valueOf(today.getYear()));
        type(By.id("title"), "Kế hoạch cải thiện chỉ số PAR Index (kiểm thử trình duyệt)");
        click(By.cssSelector("input[name=frameworkIds]"));
        screenshot("planning-1-plan-form");
        click(By.cssSelector("#plan-form button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plan-number")));
        assertThat(text(By.id("plan-number"))).contains(number);

        click(By.id("new-task"));
        type(By.id("title"), taskTitle);
        new Select(browser.findElement(By.id("criterionIds"))).selectByIndex(0);
        selectContaining("leadUnitId", "Sở Tư pháp");
        setDate("dueDate", today.plusDays(20));
        browser.findElement(By.id("expectedOutput")).sendKeys("Báo cáo kết quả rà soát");
        screenshot("planning-2-task-form");
        click(By.cssSelector("#task-form button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
        assertThat(text(By.id("lead-unit"))).isEqualTo("Sở Tư pháp");

        scrollTo(browser.findElements(By.cssSelector(".breadcrumb a")).get(1)).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("issue-form")));
        click(By.cssSelector("#issue-form button"));
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-plan-status=ISSUED]")));
        assertThat(text(By.cssSelector("[data-flash]"))).contains(number);
        screenshot("planning-3-plan-issued");

        signIn("head", "demo123");
        click(By.cssSelector("#mainNav a[data-nav='/planning/tasks']"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("leading")));
        WebElement leading = browser.findElement(By.id("leading"));
        assertThat(leading.getText()).contains(taskTitle);
        screenshot("planning-4-our-tasks");
        scrollTo(leading.findElement(By.linkText(taskTitle))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("assign-form")));
        new Select(browser.findElement(By.id("assignee"))).selectByVisibleText("Lê Thị Mai (Chuyên viên đơn vị)");
        click(By.cssSelector("#assign-form button"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("responsible"), "Lê Thị Mai"));
        assertThat(text(By.id("task-history"))).contains("Phân công người phụ trách");
        assertThat(browser.findElements(By.id("edit-task"))).isEmpty();
        screenshot("planning-5-assigned");
    }

    /** Clicks as the page's own script would, so that a sticky footer or a long form never stands in the way. */
    private void click(By locator) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", scrollTo(browser.findElement(locator)));
    }

    private WebElement scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                date.toString());
    }

    private void selectContaining(String id, String text) {
        Select select = new Select(browser.findElement(By.id(id)));
        select.getOptions().stream()
                .filter(option -> option.getText().strip().equals(text))
                .findFirst()
                .ifPresent(option -> select.selectByValue(option.getAttribute("value")));
    }
}
