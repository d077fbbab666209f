package vn.reformtrack.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;

/**
 * The demo unit staff uploads evidence in a real Chromium: on the library page, and through the widget in a form.
 */
class EvidenceBrowserTest extends BrowserTestSupport {

    @Autowired
    EvidenceStore store;

    Path folder;

    @BeforeEach
    void files() throws IOException {
        folder = Files.createTempDirectory("evidence-browser");
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
    void staffUploadsAPdfOnTheLibraryPageSeesItListedAndDownloadsIt() throws Exception {
        byte[] pdf = EvidenceSamples.pdf();
        String name = "Báo cáo quý " + TestData.unique("BC") + ".pdf";
        signInAsStaff();
        open("/evidence");
        assertThat(text(By.cssSelector("[data-evidence-unit]"))).isEqualTo("Sở Tư pháp");

        WebElement widget = browser.findElement(By.cssSelector("[data-evidence-upload]"));
        widget.findElement(By.cssSelector("[data-evidence-submit]")).click();
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-evidence-refusal]")))
                .getText()).isEqualTo("Vui lòng chọn tệp cần tải lên.");

        widget.findElement(By.cssSelector("input[type=file]")).sendKeys(saved("ghi-chu.pdf", EvidenceSamples.text()));
        widget.findElement(By.cssSelector("[data-evidence-submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-evidence-refusal]"),
                "Tệp không đúng định dạng cho phép: chỉ nhận PDF, DOCX, XLSX, JPG, PNG"));
        assertThat(browser.findElement(By.id("htmx-error")).isDisplayed()).isFalse();

        widget.findElement(By.cssSelector("input[type=file]")).sendKeys(saved(name, pdf));
        widget.findElement(By.cssSelector("input[name=documentNumber]")).sendKeys("15/BC-STP");
        widget.findElement(By.cssSelector("input[name=issuer]")).sendKeys("Sở Tư pháp");
        widget.findElement(By.cssSelector("[data-evidence-submit]")).click();

        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-evidence-stored]")))
                .getText()).isEqualTo("Đã lưu tệp " + name + ".");
        WebElement link = waitFor(ExpectedConditions.visibilityOfElementLocated(By.linkText(name)));
        WebElement row = link.findElement(By.xpath("ancestor::tr"));
        assertThat(row.getText()).contains("15/BC-STP", "Sở Tư pháp", pdf.length + " byte", "Lê Thị Mai");
        assertThat(widget.findElement(By.cssSelector("input[name=documentNumber]")).getAttribute("value")).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-evidence-refusal]"))).isEmpty();
        screenshot("evidence-library");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                        .header("Cookie", "RTSESSION=" + browser.manage().getCookieNamed("RTSESSION").getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20");
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void theWidgetInsideAnotherModulesFormLinksTheFileAndSendsNoneOfItsOwnFields() throws Exception {
        signInAsStaff();
        open(WidgetHostController.PATH);

        WebElement widget = browser.findElement(By.cssSelector("[data-evidence-upload]"));
        widget.findElement(By.cssSelector("input[type=file]")).sendKeys(saved("Ảnh hiện trường.png", EvidenceSamples.png()));
        widget.findElement(By.cssSelector("input[name=description]")).sendKeys("Mô tả của tệp");
        widget.findElement(By.cssSelector("[data-evidence-submit]")).click();

        WebElement item = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-evidence-files] [data-evidence-item]")));
        long id = Long.parseLong(item.getAttribute("data-evidence-id"));
        EvidenceSummary stored = store.find(id).orElseThrow();
        assertThat(stored.description()).as("the widget's own description, not the host form's").isEqualTo("Mô tả của tệp");
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(item.getText()).contains("Ảnh hiện trường.png");

        browser.findElement(By.id("host-submit")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("body"),
                "{description=[Mô tả của báo cáo], evidenceIds=[" + id + "]}"));

        open(WidgetHostController.PATH);
        widget = browser.findElement(By.cssSelector("[data-evidence-upload]"));
        widget.findElement(By.cssSelector("input[type=file]")).sendKeys(saved("Kế hoạch.pdf", EvidenceSamples.pdf()));
        widget.findElement(By.cssSelector("[data-evidence-submit]")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-evidence-files] [data-evidence-item]")))
                .findElement(By.cssSelector("[data-evidence-remove]")).click();
        assertThat(browser.findElements(By.cssSelector("[data-evidence-files] [data-evidence-item]"))).isEmpty();
        browser.findElement(By.id("host-submit")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("body"), "{description=[Mô tả của báo cáo]}"));
    }

    /**
     * Signs in and waits until the sign-in has landed: the support's own wait can pass while the browser is still
     * on {@code /login}, and a page opened then would be the login form again.
     */
    private void signInAsStaff() {
        signIn("staff", "demo123");
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String saved(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content).toAbsolutePath().toString();
    }
}
