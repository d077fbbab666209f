package vn.reformtrack.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.reformtrack.support.BrowserTestSupport;

/**
 * On the commonest office screen, 1366 × 768: the top menu keeps to one line for every role (it wrapped each label
 * onto two or three lines and grew to 100 px), and the dashboard's tabs show no scroll control.
 */
class OfficeScreenBrowserTest extends BrowserTestSupport {

    @BeforeEach
    void officeScreen() {
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "leader", "head", "staff", "admin?lang=en"})
    void theMenuFitsOnOneLine(String usernameAndLanguage) {
        String username = usernameAndLanguage.replaceFirst("\\?.*", "");
        signIn(username, "demo123");
        if (usernameAndLanguage.contains("?")) {
            open("/" + usernameAndLanguage.substring(usernameAndLanguage.indexOf('?')));
        }
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-home-role]")));

        WebElement navbar = browser.findElement(By.cssSelector("nav.navbar"));
        List<WebElement> entries = browser.findElements(By.cssSelector("#mainNav > ul > li.nav-item > a.nav-link"));
        screenshot("menu-1366-" + usernameAndLanguage.replace('?', '-'));

        assertThat(entries).isNotEmpty().allMatch(WebElement::isDisplayed);
        assertThat(entries.stream().map(entry -> entry.getLocation().getY()).distinct()).as("one row").hasSize(1);
        int lineHeight = entries.stream().mapToInt(entry -> entry.getSize().getHeight()).min().orElseThrow();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.getSize().getHeight())
                .as("'%s' on one line", entry.getText()).isEqualTo(lineHeight));
        assertThat(navbar.getSize().getHeight()).isLessThanOrEqualTo(64);
        WebElement userMenu = browser.findElement(By.id("userMenu"));
        long viewport = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.clientWidth")).longValue();
        assertThat(userMenu.getLocation().getX() + userMenu.getSize().getWidth()).as("the user's menu in view")
                .isLessThanOrEqualTo((int) viewport);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).longValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(viewport);
    }

    @Test
    void theDashboardTabsShowNoScrollControl() {
        signIn("leader", "demo123");
        open("/dashboard");
        WebElement tabs = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dashboard-tabs")));
        screenshot("dashboard-tabs-1366");

        // A scroll bar takes room inside the border: what the box keeps besides its border and its client area.
        @SuppressWarnings("unchecked")
        List<Number> scrollBars = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                const t = arguments[0], s = getComputedStyle(t);
                const px = name => parseFloat(s.getPropertyValue(name)) || 0;
                return [t.offsetHeight - t.clientHeight - px('border-top-width') - px('border-bottom-width'),
                        t.offsetWidth - t.clientWidth - px('border-left-width') - px('border-right-width'),
                        t.scrollWidth - t.clientWidth];""", tabs);
        assertThat(scrollBars).as("horizontal bar, vertical bar, hidden width").containsOnly(0L);
    }

    @Test
    void theLeadersTileSaysARankWasPublishedWithoutAScore() {
        signIn("leader", "demo123");
        open("/dashboard");
        WebElement sipas = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-index-tile=SIPAS]")));

        // SIPAS 2024: the Ministry's list gives Quảng Ninh's rank (4th of 63) and no score.
        assertThat(sipas.findElement(By.cssSelector("[data-latest-total]")).getText())
                .isEqualTo("Chỉ công bố thứ hạng, không có điểm");
        assertThat(sipas.findElement(By.cssSelector("[data-latest-rank]")).getText()).isEqualTo("Hạng 4/63");
        assertThat(sipas.getText()).doesNotContain("–");
    }
}
