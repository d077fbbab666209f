package vn.reformtrack.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.assessment.AssessmentFixtures.COORDINATOR;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.assessment.AppraisalService;
import vn.reformtrack.assessment.AssessmentFixtures;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.ItemStatus;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanCommand;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;

/**
 * A round in a real Chromium: the heads of two departments record their criteria with evidence (one picked from the
 * unit's library, others uploaded with number, date and issuer) and submit; Home Affairs appraises one criterion down
 * with a reason; the leader reads the projected total against the plan's target on the round's page. The round, its
 * index (see {@link AssessmentFixtures}), the two departments and their heads, and a 2025 plan with a target are made
 * through the services; everything else happens in the browser.
 */
@WithMockUser(roles = "COORDINATOR")
class AssessmentRoundBrowserTest extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired IndexCatalog catalog;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired AppraisalService appraisals;
    @Autowired EvidenceStore evidence;
    @Autowired PlanService plans;
    @Autowired TargetService targets;
    @Autowired Clock clock;

    @TempDir
    Path folder;

    @Test
    void twoDepartmentsRecordAndSubmitHomeAffairsAppraisesOneDownAndTheLeaderSeesTheProjectionAgainstTheTarget()
            throws IOException {
        AssessmentFixtures fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        Unit justice = data.department("Sở Tư pháp");
        Unit office = data.department("Văn phòng UBND tỉnh");
        UserAccount justiceHead = data.user(Role.UNIT_HEAD, justice.getId());
        UserAccount officeHead = data.user(Role.UNIT_HEAD, office.getId());
        AssessmentFixtures.Catalog index = fixtures.catalog(justice, office);
        long roundId = fixtures.started(index, 2025, LocalDate.now(clock).plusDays(14)).getId();
        long libraryFile = fixtures.file(AssessmentFixtures.user(justiceHead), justice.getId(),
                "Báo cáo kết quả CCHC năm 2025.pdf", "28/BC-STP");
        appraisals.estimate(roundId, fixtures.itemId(roundId, "2.2"), fixtures.version(roundId, "2.2"), "8,5",
                "Khảo sát SIPAS quý III", List.of(), COORDINATOR);
        long frameworkId = catalog.framework(index.frameworkCode()).orElseThrow().id();
        Plan plan = plans.create(new PlanCommand(PlanningFixtures.uniqueNumber(), "Kế hoạch nâng cao chỉ số (trình duyệt)",
                "UBND tỉnh thử", null, LocalDate.of(2025, 2, 1), 2025, Set.of(frameworkId)), COORDINATOR);
        targets.add(plan.getId(), new TargetCommand(frameworkId, TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST,
                new BigDecimal("18"), null, null, null), COORDINATOR);

        signIn(justiceHead.getUsername(), TestData.PASSWORD);
        openCriterion(roundId, "1.1");
        type(By.id("score"), "2,75");
        type(By.id("explanation"), "Ban hành 12/12 văn bản quy phạm pháp luật đúng kế hoạch");
        click(By.id("library-" + libraryFile));
        screenshot("assessment-1-record-from-library");
        save();
        assertThat(text(By.cssSelector("[data-self-score]"))).contains("2,75");

        openCriterion(roundId, "2.1");
        type(By.id("score"), "3,5");
        type(By.id("explanation"), "Kiểm tra 20/20 cơ quan theo kế hoạch");
        upload("Kết luận kiểm tra.pdf", "45/KL-STP", LocalDate.of(2025, 10, 2), "Sở Tư pháp");
        save();
        assertThat(text(By.cssSelector("#evidence, #record"))).contains("Kết luận kiểm tra.pdf");
        submitPart(roundId, 2);

        signIn(officeHead.getUsername(), TestData.PASSWORD);
        openCriterion(roundId, "1.2");
        type(By.id("score"), "3");
        upload("Báo cáo rà soát văn bản.pdf", "112/BC-VP", LocalDate.of(2025, 11, 5), "Văn phòng UBND tỉnh");
        save();
        submitPart(roundId, 1);

        signIn("coordinator", "demo123");
        openCriterion(roundId, "1.1");
        type(By.id("appraisal-score"), "2,25");
        type(By.id("appraisal-reason"), "Một văn bản ban hành chậm so với kế hoạch");
        click(By.id("adjust"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-appraisal-reason]")));
        assertThat(text(By.cssSelector("[data-appraised-score]"))).contains("2,25", "Một văn bản ban hành chậm");
        assertThat(text(By.cssSelector("[data-self-score]"))).as("side by side").contains("2,75");
        screenshot("assessment-3-appraised-down");

        ItemRow appraised = fixtures.row(roundId, "1.1");
        assertThat(appraised.status()).isEqualTo(ItemStatus.APPRAISED);
        assertThat(fixtures.row(roundId, "1.2").status()).isEqualTo(ItemStatus.SUBMITTED);

        signIn("leader", "demo123");
        open("/assessment/rounds/" + roundId);
        WebElement card = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-projection-card]")));
        // 2.25 (appraised) + 3.5 + 3 (self-assessed) + 8.5 (estimate) = 17.25 of 100; the target is 18: 0.75 short.
        assertThat(text(By.cssSelector("[data-projected-total]"))).contains("17,25");
        WebElement target = card.findElement(By.cssSelector("[data-card-targets] [data-target-metric=TOTAL_SCORE]"));
        assertThat(target.getAttribute("data-outcome")).isEqualTo("NOT_MET");
        assertThat(target.getText()).contains("18", "Chưa đạt", "còn thiếu 0,75");
        assertThat(browser.findElements(By.id("submit-part"))).isEmpty();
        screenshot("assessment-4-leader-round");
    }

    private void openCriterion(long roundId, String code) {
        open("/assessment/rounds/" + roundId);
        WebElement row = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-item='" + code + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", scrollTo(row.findElement(By.tagName("a"))));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("criterion-heading")));
    }

    private void upload(String name, String number, LocalDate date, String issuer) throws IOException {
        WebElement widget = browser.findElement(By.cssSelector("#record [data-evidence-upload]"));
        int before = widget.findElements(By.cssSelector("[data-evidence-files] [data-evidence-item]")).size();
        widget.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(Files.write(folder.resolve(name), EvidenceSamples.pdf()).toAbsolutePath().toString());
        widget.findElement(By.cssSelector("input[name=documentNumber]")).sendKeys(number);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                widget.findElement(By.cssSelector("input[name=documentDate]")), date.toString());
        widget.findElement(By.cssSelector("input[name=issuer]")).sendKeys(issuer);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
                widget.findElement(By.cssSelector("[data-evidence-submit]")));
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#record [data-evidence-files] [data-evidence-item]"),
                before + 1));
        screenshot("assessment-2-uploaded");
    }

    private void save() {
        click(By.id("record-save"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash]")));
        assertThat(text(By.cssSelector("[data-flash]"))).contains("Đã lưu");
    }

    private void submitPart(long roundId, int criteria) {
        open("/assessment/rounds/" + roundId);
        click(By.cssSelector("#submit-part button"));
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash]")));
        assertThat(text(By.cssSelector("[data-flash]"))).contains(String.valueOf(criteria));
        assertThat(browser.findElements(By.id("submit-part"))).isEmpty();
    }

    private void click(By locator) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", scrollTo(browser.findElement(locator)));
    }

    private WebElement scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }
}
