package vn.reformtrack.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.reformtrack.support.BrowserTestSupport;

/** In a real Chromium: every demo account of the README signs in and lands on its own home page and menu. */
class RoleHomesBrowserTest extends BrowserTestSupport {

    private List<String> menu() {
        return browser.findElements(By.cssSelector("#mainNav a[data-nav]")).stream()
                .map(link -> link.getAttribute("data-nav"))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "admin, ADMIN, Quản trị hệ thống",
        "coordinator, COORDINATOR, Sở Nội vụ",
        "head, UNIT_HEAD, Sở Tư pháp",
        "staff, UNIT_STAFF, Sở Tư pháp",
        "leader, LEADER, Ủy ban nhân dân tỉnh Quảng Ninh"
    })
    void eachDemoAccountSeesItsRolesHome(String username, String role, String shown) {
        signIn(username, "demo123");

        WebElement home = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-home-role]")));
        assertThat(home.getAttribute("data-home-role")).isEqualTo(role);
        assertThat(browser.getTitle()).contains("Trang chủ");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(shown);
        if (role.equals("ADMIN")) {
            assertThat(menu()).contains("/admin/users", "/admin/units", "/admin/settings");
        } else {
            assertThat(menu()).doesNotContain("/admin/users", "/admin/units", "/admin/settings");
        }
        screenshot("home-" + username);
    }

    @Test
    void aUnitUserWhoTypesAnAdministrationUrlSeesTheForbiddenPage() {
        signIn("staff", "demo123");
        open("/admin/users");
        assertThat(text(By.cssSelector("[data-error-page]"))).contains("Không có quyền truy cập");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        signIn("leader", "demo123");
        browser.findElement(By.cssSelector("[data-lang-switch=en]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Welcome"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.cssSelector("[data-lang-switch=vi]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Xin chào"));
    }

    @Test
    void anAdministratorAddsAUnitAndFindsItWithoutDiacritics() {
        signIn("admin", "demo123");
        open("/admin/units/new");
        String code = "X-TH-" + System.nanoTime() % 100000;
        type(By.id("code"), code);
        type(By.id("name"), "Xã Thống Nhất");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type"))).selectByValue("COMMUNE");
        browser.findElement(By.cssSelector("#unit-form button[type=submit]")).click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash]")));
        assertThat(text(By.cssSelector("[data-flash]"))).contains("Đã lưu đơn vị Xã Thống Nhất");
        type(By.id("q"), "xa thong nhat");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-table"), code));
        screenshot("admin-units-search");
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        signIn("coordinator", "demo123");
        browser.findElement(By.id("userMenu")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        waitFor(ExpectedConditions.urlContains("/login?logout"));
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}
