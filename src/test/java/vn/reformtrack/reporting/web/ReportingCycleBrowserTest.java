package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportStatus;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;

/**
 * A whole cycle in Chromium: the unit's staff drafts the report with a file, the head submits it, the coordinator
 * returns it with a comment on an entry, the head fixes and resubmits, the coordinator accepts; then the coordinator
 * fills the consolidated report's header and downloads the .docx, which is read back with POI: the Nghị định 30
 * header (issuing body and number beside the national motto, place and date), the title, the tables, the recipients
 * and the signature block. And a long report's staff going from one page of entries to the next, which saves itself.
 */
class ReportingCycleBrowserTest extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired PlanningQueries planning;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;

    ReportingFixtures fixtures;
    Scenario s;
    Path folder;

    @BeforeEach
    void scenario() throws IOException {
        fixtures = new ReportingFixtures(data, new PlanningFixtures(plans, tasks, catalog), periods, reports, transactions);
        s = fixtures.scenario(LocalDate.now(clock), 10, null);
        folder = Files.createTempDirectory("reporting-browser");
    }

    @AfterEach
    void removeFiles() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Test
    void staffDraftsHeadSubmitsCoordinatorReturnsHeadResubmitsCoordinatorAcceptsAndTheDocxOpens() throws Exception {
        // Staff drafts: both entries, a file on the first, the general assessment.
        signInAs(s.staff().getUsername(), TestData.PASSWORD);
        open("/reporting/periods/" + s.period().getId() + "/my-report");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-entry-form]")));
        long reportId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/reporting/reports/(\\d+).*", "$1"));
        List<Stored> entries = fixtures.entries(reportId);
        assertThat(entries).hasSize(2);
        Stored first = entries.get(0);
        Stored second = entries.get(1);

        WebElement firstForm = browser.findElement(By.id("entry-form-" + first.id()));
        click(firstForm.findElement(By.cssSelector("[data-evidence-open]")));
        WebElement widget = waitFor(ExpectedConditions.presenceOfNestedElementLocatedBy(firstForm,
                By.cssSelector("[data-evidence-upload]")));
        assertThat(browser.switchTo().activeElement().getAttribute("type")).as("focus on the file").isEqualTo("file");
        String fileName = "Báo cáo kết quả " + TestData.unique("BC") + ".pdf";
        widget.findElement(By.cssSelector("input[type=file]")).sendKeys(saved(fileName, EvidenceSamples.pdf()));
        widget.findElement(By.cssSelector("input[name=documentNumber]")).sendKeys("21/BC-STP");
        click(widget.findElement(By.cssSelector("[data-evidence-submit]")));
        waitFor(ExpectedConditions.visibilityOfNestedElementsLocatedBy(firstForm,
                By.cssSelector("[data-evidence-files] [data-evidence-item]")));
        writeEntry(first, "40", "Đã dự thảo quy chế");
        writeEntry(second, "25", "Đang khảo sát");
        waitUntil(() -> fixtures.entries(reportId).stream().allMatch(e -> e.progressPercent() != null)
                && !fixtures.entry(reportId, first.taskId()).evidenceIds().isEmpty());
        type(By.id("generalAssessment"), "Đơn vị đã triển khai các nhiệm vụ của kỳ");
        click(browser.findElement(By.cssSelector("#narrative-form button[type=submit]")));
        waitUntil(() -> fixtures.report(reportId).getGeneralAssessment() != null);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("staff-note")));
        assertThat(browser.findElements(By.id("submit-form"))).isEmpty();
        screenshot("reporting-cycle-1-staff-draft");

        // The head submits.
        signInAs(s.head().getUsername(), TestData.PASSWORD);
        open("/reporting/reports/" + reportId);
        submitConfirmed("#submit-form");
        waitUntil(() -> fixtures.report(reportId).getStatus() == ReportStatus.SUBMITTED);

        // The coordinator starts the review and returns it with a comment on the second entry.
        signInAs("coordinator", "demo123");
        open("/reporting/reports/" + reportId);
        click(browser.findElement(By.cssSelector("#review-form button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("return-form")));
        type(By.id("comment-" + second.id()), "Bổ sung số liệu khảo sát");
        type(By.id("return-comment"), "Đề nghị bổ sung trước ngày 30");
        click(browser.findElement(By.cssSelector("#return-form button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history [data-transition=RETURNED]")));
        assertThat(fixtures.report(reportId).getStatus()).isEqualTo(ReportStatus.RETURNED);

        // The head sees the comments, fixes the entry and resubmits.
        signInAs(s.head().getUsername(), TestData.PASSWORD);
        open("/reporting/reports/" + reportId);
        assertThat(text(By.id("returned-note"))).contains("Đề nghị bổ sung trước ngày 30");
        assertThat(text(By.cssSelector("#entry-" + second.id() + " [data-entry-review]"))).contains("Bổ sung số liệu khảo sát");
        screenshot("reporting-cycle-2-returned");
        Stored current = fixtures.entry(reportId, second.taskId());
        writeEntry(current, "30", "Đã khảo sát 120 hồ sơ");
        waitUntil(() -> "Đã khảo sát 120 hồ sơ".equals(fixtures.entry(reportId, second.taskId()).workDone()));
        open("/reporting/reports/" + reportId);
        submitConfirmed("#submit-form");
        waitUntil(() -> fixtures.report(reportId).getStatus() == ReportStatus.SUBMITTED);

        // The coordinator accepts: the tasks the unit leads move.
        signInAs("coordinator", "demo123");
        open("/reporting/reports/" + reportId);
        click(browser.findElement(By.cssSelector("#review-form button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("accept-form")));
        submitConfirmed("#accept-form");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("accepted-note")));
        assertThat(fixtures.report(reportId).getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(planning.task(s.ledTask().getId()).orElseThrow().progressPercent()).isEqualTo(40);
        assertThat(planning.task(s.coordinatedTask().getId()).orElseThrow().progressPercent()).isEqualTo(30);
        assertThat(browser.findElements(By.cssSelector("#history [data-transition]")).stream()
                .map(e -> e.getAttribute("data-transition")).toList()).as("newest first")
                .containsSubsequence("ACCEPTED", "REVIEW_STARTED", "RESUBMITTED", "RETURNED", "REVIEW_STARTED", "SUBMITTED");
        screenshot("reporting-cycle-3-accepted");

        // The consolidated report: number and date, then the .docx.
        open("/reporting/periods/" + s.period().getId() + "/consolidated");
        assertThat(text(By.id("figures-units"))).contains(s.ours().getName());
        type(By.id("documentNumber"), "125/BC-UBND");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('issueDate').value = arguments[0];",
                LocalDate.now(clock).toString());
        type(By.id("recipients"), "- Bộ Nội vụ;\n- TT Tỉnh ủy;\n- Lưu: VT, SNV.");
        type(By.id("signerAuthority"), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
        type(By.id("signerName"), "Nguyễn Văn A");
        click(browser.findElement(By.cssSelector("#consolidated-form button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revisions")));
        screenshot("reporting-cycle-4-consolidated");

        String href = browser.findElement(By.id("download-docx")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "RTSESSION=" + browser.manage().getCookieNamed("RTSESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(".docx");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            XWPFTable header = docx.getTables().get(0);
            String issuer = header.getRow(0).getCell(0).getText();
            String nation = header.getRow(0).getCell(1).getText();
            assertThat(issuer).contains("ỦY BAN NHÂN DÂN", "TỈNH ", "Số: 125/BC-UBND");
            assertThat(nation).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            LocalDate today = LocalDate.now(clock);
            assertThat(nation).containsPattern(", ngày \\d{2} tháng \\d{1,2} năm " + today.getYear());
            assertThat(nation).contains("ngày " + String.format("%02d", today.getDayOfMonth()));

            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int kind = paragraphs.indexOf("BÁO CÁO");
            assertThat(kind).isNotNegative();
            assertThat(paragraphs.get(kind + 1)).isNotBlank();

            String tables = String.join("\n", docx.getTables().stream().map(XWPFTable::getText).toList());
            assertThat(tables).contains(s.ours().getName(), "Nơi nhận:", "Bộ Nội vụ", "CHỦ TỊCH", "Nguyễn Văn A",
                    "Đơn vị đã triển khai các nhiệm vụ của kỳ");
            XWPFTable signature = docx.getTables().stream()
                    .filter(t -> t.getText().contains("Nơi nhận:")).findFirst().orElseThrow();
            assertThat(signature.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn A");
            int headerIndex = docx.getBodyElements().indexOf(header);
            int signatureIndex = docx.getBodyElements().indexOf(signature);
            assertThat(headerIndex).isZero();
            assertThat(signatureIndex).isGreaterThan(docx.getBodyElements().indexOf(
                    docx.getParagraphs().get(kind)));
        }
    }

    @Test
    void aLongReportsStaffTypesOnePageGoesToTheNextWhatWasTypedIsSavedFirstAndTheNextPageAutosaves() {
        for (int i = 0; i < 9; i++) {
            fixtures.planning().addTask(s.plan(), s.ours(), Set.of(), LocalDate.now(clock).plusDays(60 + i));
        }
        signInAs(s.staff().getUsername(), TestData.PASSWORD);
        open("/reporting/periods/" + s.period().getId() + "/my-report");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-entry-form]")));
        long reportId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/reporting/reports/(\\d+).*", "$1"));
        assertThat(fixtures.entries(reportId)).hasSize(11);
        assertThat(browser.findElements(By.cssSelector("article.entry-card"))).hasSize(10);
        assertThat(text(By.id("entry-pages"))).contains("Trang 1 · 10 chưa đủ", "Trang 2 · 1 chưa đủ");

        // Typed on page 1 and, before the autosave's pause is over, off to page 2: the entry is saved on the way.
        Stored first = fixtures.entry(reportId, s.ledTask().getId());
        WebElement work = browser.findElement(By.cssSelector("#entry-form-" + first.id() + " [data-entry-work]"));
        work.sendKeys("Đã họp triển khai");
        click(browser.findElement(By.cssSelector("#entry-pages a[title='Nhiệm vụ 11–11']")));
        waitFor(ExpectedConditions.urlContains("page=1"));
        assertThat(fixtures.entry(reportId, s.ledTask().getId()).workDone()).isEqualTo("Đã họp triển khai");

        // The last entry, alone on page 2, saves itself once the typing stops.
        List<WebElement> cards = browser.findElements(By.cssSelector("article.entry-card"));
        assertThat(cards).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#entry-pages a[aria-current=page]")).getText())
                .isEqualTo("Trang 2 · 1 chưa đủ");
        long lastId = Long.parseLong(cards.get(0).getAttribute("id").replace("entry-", ""));
        WebElement form = browser.findElement(By.id("entry-form-" + lastId));
        WebElement progress = form.findElement(By.cssSelector("[data-entry-progress]"));
        progress.sendKeys("15");
        new Select(form.findElement(By.cssSelector("select[data-entry-status]"))).selectByValue("IN_PROGRESS");
        waitFor(ExpectedConditions.presenceOfNestedElementLocatedBy(form, By.cssSelector("[data-entry-saved]")));
        screenshot("reporting-long-report-page-2");
        assertThat(fixtures.entries(reportId).stream().filter(e -> e.id() == lastId).findFirst().orElseThrow()
                .progressPercent()).isEqualTo(15);
    }

    /** Types the entry's values and saves it through its own button (htmx), waiting for the confirmation. */
    private void writeEntry(Stored entry, String progress, String workDone) {
        WebElement form = browser.findElement(By.id("entry-form-" + entry.id()));
        WebElement field = form.findElement(By.cssSelector("[data-entry-progress]"));
        field.clear();
        field.sendKeys(progress);
        new Select(form.findElement(By.cssSelector("select[data-entry-status]"))).selectByValue("IN_PROGRESS");
        WebElement work = form.findElement(By.cssSelector("[data-entry-work]"));
        work.clear();
        work.sendKeys(workDone);
        click(form.findElement(By.cssSelector("[data-entry-save]")));
        waitFor(ExpectedConditions.presenceOfNestedElementLocatedBy(form, By.cssSelector("[data-entry-saved]")));
    }

    private void submitConfirmed(String formSelector) {
        click(browser.findElement(By.cssSelector(formSelector + " button[type=submit]")));
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history")));
    }

    /** Scrolls the element to the middle of the window first, away from the sticky bars. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void signInAs(String username, String password) {
        signIn(username, password);
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        waitFor(driver -> condition.getAsBoolean());
    }

    private String saved(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content).toAbsolutePath().toString();
    }
}
