package vn.reformtrack.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests drive Debian's headless Chromium through its chromedriver, both named explicitly so that Selenium
 * never downloads anything. One browser per test class. Without Chromium a developer's run skips these tests with
 * a message; under {@code CI=true} a missing browser fails them.
 */
@IntegrationTest
public abstract class BrowserTestSupport {

    private static final String CHROME = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    protected static WebDriver browser;
    private static Path profile;

    /**
     * When a test fails, what the browser showed then: its address and the start of its text added to the failure's
     * message (so that the CI summary, which prints only the messages, says it), the page and its screenshot in
     * target/screenshots.
     */
    @RegisterExtension
    static final TestExecutionExceptionHandler FAILURE_SNAPSHOT = (context, cause) -> {
        if (browser == null) {
            throw cause;
        }
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        String shown;
        try {
            // The page's words without its pick lists' options (the units' list alone would fill the message).
            String text = String.valueOf(((JavascriptExecutor) browser).executeScript("""
                    const page = (document.querySelector('main') || document.body).cloneNode(true);
                    page.querySelectorAll('select, script, style').forEach(element => element.remove());
                    return page.textContent.replace(/\\s+/g, ' ').trim();"""));
            shown = "the browser was at " + browser.getCurrentUrl() + ", showing:\n"
                    + text.substring(0, Math.min(text.length(), 1500));
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.writeString(target.resolve(name + ".html"), browser.getPageSource());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            shown = "the browser's page could not be kept: " + e;
        }
        throw new AssertionError(cause + "\n-- " + shown, cause);
    };

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!new File(CHROME).canExecute() || !new File(DRIVER).canExecute()) {
            String message = "Chromium (" + CHROME + ") or chromedriver (" + DRIVER + ") is missing: "
                    + "install Debian's chromium and chromium-driver, or set CHROME_BIN and CHROMEDRIVER";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        profile = Files.createTempDirectory("rt-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROME);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1366,900", "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs out whoever is signed in, then signs in through the real form. */
    protected void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        // Still on /login (the click not yet answered) or back on /login?error: wait until the page has moved on.
        waitFor(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login(\\?.*)?$")));
    }

    protected void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** The element's text, once the page shows it (a navigation just begun may still be on the page before). */
    protected String text(By locator) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(locator)).getText();
    }

    protected <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                return condition.apply(driver);
            } catch (org.openqa.selenium.WebDriverException e) {
                // htmx swapped the element out between finding and reading it (Chromium says so in its own words
                // rather than as a stale element): not yet, look again.
                if (e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Saves what the browser shows to target/screenshots, to look at when a test fails or a page changes. */
    protected void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
