package vn.reformtrack.unitindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;
import vn.reformtrack.unitindex.CouncilArea;
import vn.reformtrack.unitindex.CriteriaSets;
import vn.reformtrack.unitindex.SurveyImport;
import vn.reformtrack.unitindex.UnitGroups;
import vn.reformtrack.unitindex.UnitIndexAppraisal;
import vn.reformtrack.unitindex.UnitIndexContests;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexFixtures;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitScoring;

/**
 * A whole round in Chromium, each role on its own pages: Home Affairs opens the round and names the council; two
 * departments and a commune score themselves (one file uploaded, the rest with a reason) and their heads submit; two
 * members appraise their areas (a unit's area at once, one score set with its reason), the chair their own units'
 * lines (no member appraises their own unit); the survey is imported; the
 * preliminary results go out; Sở Y tế explains a criterion and the member raises it; the chair publishes. The
 * decision (.docx) and its annex (.xlsx) are read back with POI, and the leader's ranking shows the published order.
 *
 * <p>Hand count (each set's maximum 30, survey in percent of 10 points): Sở Tư pháp 4 + 6 + 9 + 8 = 27 → 90.00
 * (Xuất sắc, exactly on the threshold); Sở Y tế 3.5 + 6 (set 5, raised back to 6) + 10 + 9 = 28.5 → 95.00;
 * Xã Tiên Yên 4 + 5 + 8 + 10 = 27 → 90.00, first of its group.
 */
@WithMockUser(roles = "COORDINATOR")
class UnitIndexRoundBrowserTest extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired UnitGroups groups;
    @Autowired CriteriaSets sets;
    @Autowired UnitIndexRounds rounds;
    @Autowired UnitIndexCouncil council;
    @Autowired UnitScoring scoring;
    @Autowired UnitIndexAppraisal appraisal;
    @Autowired UnitIndexContests contests;
    @Autowired SurveyImport survey;
    @Autowired EvidenceStore evidence;

    @TempDir Path folder;

    UnitIndexFixtures fixtures;
    UnitIndexFixtures.World world;
    UserAccount chair;
    UserAccount leader;
    UserAccount lawMember;
    UserAccount otherMember;
    java.util.Map<String, UserAccount> people = new java.util.HashMap<>();

    @BeforeEach
    void twoDepartmentsACommuneAndTheirSets() {
        fixtures = new UnitIndexFixtures(groups, sets, rounds, council, scoring, appraisal, contests, survey, evidence,
                jdbc, data, clock);
        world = fixtures.world();
        for (long unit : List.of(world.justice().getId(), world.health().getId(), world.commune().getId())) {
            people.put(Role.UNIT_STAFF + ":" + unit, data.user(Role.UNIT_STAFF, unit));
            people.put(Role.UNIT_HEAD + ":" + unit, data.user(Role.UNIT_HEAD, unit));
        }
        chair = data.user(Role.COORDINATOR, null);
        leader = data.user(Role.LEADER, null);
        lawMember = data.user(Role.UNIT_STAFF, world.justice().getId());
        otherMember = data.user(Role.UNIT_STAFF, world.health().getId());
    }

    @Test
    void aWholeRoundFromOpeningToTheLeadersRanking() throws Exception {
        long roundId = openTheRound();
        nameTheCouncil(roundId);

        selfAssess(roundId, world.justice().getId(), new String[][] {{"1.1", "4"}, {"1.2", "6"}, {"2.1", "9"}}, true);
        selfAssess(roundId, world.health().getId(), new String[][] {{"1.1", "3,5"}, {"1.2", "6"}, {"2.1", "10"}}, false);
        selfAssess(roundId, world.commune().getId(), new String[][] {{"1.1", "4"}, {"1.2", "5"}, {"2.1", "8"}}, false);

        signIn(lawMember.getUsername(), TestData.PASSWORD);
        // Sở Tư pháp's member does not see Sở Tư pháp's own lines (nor Sở Y tế's member Sở Y tế's): the chair appraises them.
        open("/unit-index/rounds/" + roundId + "/queue?unitId=" + world.justice().getId());
        assertThat(browser.findElements(By.id("own-unit-left-out"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#queue-table [data-queue-line]"))).isEmpty();
        acceptArea(roundId, world.commune().getId(), "1");
        openFromQueue(roundId, world.health().getId(), "1.2");
        type(By.id("appraisal-score"), "5");
        type(By.id("appraisal-reason"), "Chưa có kết quả kiểm tra việc thi hành pháp luật năm");
        click(By.id("set"));
        flash("Đã lưu kết quả thẩm định");
        acceptArea(roundId, world.health().getId(), "1");
        screenshot("unitindex-3-queue");
        signIn(otherMember.getUsername(), TestData.PASSWORD);
        for (long unit : List.of(world.justice().getId(), world.commune().getId())) {
            acceptArea(roundId, unit, "2");
        }

        signIn(chair.getUsername(), TestData.PASSWORD);
        acceptArea(roundId, world.justice().getId(), "1");
        acceptArea(roundId, world.health().getId(), "2");
        importSurvey(roundId);
        open("/unit-index/rounds/" + roundId);
        click(By.cssSelector("#preliminary-form button"));
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        flash("Đã công bố kết quả sơ bộ");

        fixtures.windowOpen(roundId);
        signIn(userOf(Role.UNIT_HEAD, world.health().getId()), TestData.PASSWORD);
        open("/unit-index/rounds/" + roundId + "/units/" + world.health().getId());
        assertThat(text(By.id("window-open"))).contains("giải trình");
        click(By.cssSelector("[data-line='1.2'] a"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("contest-form")));
        type(By.id("explanation"), "Đơn vị đã tổ chức kiểm tra tại 5 cơ quan; gửi kèm báo cáo kết quả kiểm tra.");
        click(By.id("contest-save"));
        flash("Đã gửi giải trình");
        screenshot("unitindex-4-contest");

        signIn(lawMember.getUsername(), TestData.PASSWORD);
        open("/unit-index/rounds/" + roundId + "/queue?state=CONTESTED");
        click(By.cssSelector("#queue-table tbody tr a"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        type(By.id("answer-score"), "6");
        type(By.id("answer-reason"), "Báo cáo kiểm tra bổ sung đủ căn cứ");
        click(By.id("change"));
        flash("Đã trả lời giải trình");

        fixtures.windowClosed(roundId);
        signIn(chair.getUsername(), TestData.PASSWORD);
        open("/unit-index/rounds/" + roundId);
        type(By.id("decisionNumber"), "125/QĐ-UBND");
        type(By.id("decisionSigner"), "Nguyễn Văn Công");
        type(By.id("decisionSignerTitle"), "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        screenshot("unitindex-5-publish");
        click(By.cssSelector("#publish-form button[type=submit]"));
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        flash("Đã công bố kết quả");
        assertThat(browser.findElements(By.cssSelector("#results-table [data-result]")).stream()
                .map(row -> row.getAttribute("data-result") + " " + row.getAttribute("data-rank")).toList())
                .containsExactly(world.health().getName() + " 1", world.justice().getName() + " 2",
                        world.commune().getName() + " 1");
        screenshot("unitindex-6-results");

        readTheDecisionBack();
        readTheAnnexBack();

        signIn(leader.getUsername(), TestData.PASSWORD);
        open("/unit-index/rankings?year=" + world.year());
        WebElement departments = browser.findElement(By.cssSelector("[data-ranking='" + world.departments().getCode() + "']"));
        assertThat(departments.findElements(By.cssSelector("[data-ranked]")).stream()
                .map(row -> row.getAttribute("data-ranked") + " " + row.getAttribute("data-rank")).toList())
                .containsExactly(world.health().getName() + " 1", world.justice().getName() + " 2");
        assertThat(departments.getText()).contains("95", "90", "Xuất sắc");
        screenshot("unitindex-7-rankings");

        signIn(userOf(Role.UNIT_HEAD, world.health().getId()), TestData.PASSWORD);
        open("/unit-index/units/" + world.health().getId() + "?year=" + world.year());
        assertThat(text(By.cssSelector("#unit-card [data-index]"))).isEqualTo("95");
        assertThat(text(By.cssSelector("#unit-card [data-rank]"))).isEqualTo("1/2");
        screenshot("unitindex-8-unit");
    }

    private long openTheRound() {
        signIn(chair.getUsername(), TestData.PASSWORD);
        open("/unit-index/rounds/new");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=groupIds]').forEach(box => box.checked ="
                        + " [arguments[0], arguments[1]].includes(box.value));"
                        + "document.getElementById('year').value = arguments[2];",
                String.valueOf(world.departments().getId()), String.valueOf(world.communes().getId()),
                String.valueOf(world.year()));
        screenshot("unitindex-1-open");
        click(By.id("open-round"));
        flash("Đã mở đợt đánh giá");
        return jdbc.sql("select id from unit_index_round where year = ?").param(world.year()).query(Long.class).single();
    }

    private void nameTheCouncil(long roundId) {
        List<CouncilArea> areas = council.areas(roundId);
        for (Object[] member : new Object[][] {{lawMember, List.of("1")}, {otherMember, List.of("2", "3", "4", "5")}}) {
            open("/unit-index/rounds/" + roundId + "/council");
            UserAccount account = (UserAccount) member[0];
            ((JavascriptExecutor) browser).executeScript("document.getElementById('userId').value = arguments[0];",
                    String.valueOf(account.getId()));
            for (CouncilArea area : areas) {
                if (((List<?>) member[1]).contains(area.code())) {
                    click(By.cssSelector("#member-form input[name=areaIds][value='" + area.id() + "']"));
                }
            }
            click(By.id("add-member-save"));
            flash("Đã thêm thành viên");
        }
        screenshot("unitindex-2-council");
    }

    private void selfAssess(long roundId, long unitId, String[][] scores, boolean upload) throws IOException {
        signIn(userOf(Role.UNIT_STAFF, unitId), TestData.PASSWORD);
        for (String[] score : scores) {
            open("/unit-index/rounds/" + roundId + "/units/" + unitId);
            click(By.cssSelector("[data-line='" + score[0] + "'] a"));
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("record-form")));
            type(By.id("score"), score[1]);
            type(By.id("method"), "Đối chiếu kết quả thực hiện năm với hướng dẫn chấm điểm");
            if (upload && score[0].equals("1.1")) {
                WebElement widget = browser.findElement(By.cssSelector("#record [data-evidence-upload]"));
                widget.findElement(By.cssSelector("input[type=file]")).sendKeys(
                        Files.write(folder.resolve("Bao cao ket qua.pdf"), EvidenceSamples.pdf()).toAbsolutePath().toString());
                ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
                        widget.findElement(By.cssSelector("[data-evidence-submit]")));
                waitFor(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#record [data-evidence-files] [data-evidence-item]"), 1));
            } else {
                type(By.id("noEvidenceReason"), "Hồ sơ giấy lưu tại đơn vị");
            }
            click(By.id("record-save"));
            flash("Đã lưu điểm tự chấm");
        }
        signIn(userOf(Role.UNIT_HEAD, unitId), TestData.PASSWORD);
        open("/unit-index/rounds/" + roundId + "/units/" + unitId);
        click(By.cssSelector("#submit-sheet button"));
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        flash("Đã gửi phiếu");
    }

    private void acceptArea(long roundId, long unitId, String areaCode) {
        open("/unit-index/rounds/" + roundId + "/queue?unitId=" + unitId);
        click(By.cssSelector("[data-bulk-area='" + areaCode + "'] button"));
        flash("Đã giữ điểm tự chấm");
    }

    private void openFromQueue(long roundId, long unitId, String code) {
        open("/unit-index/rounds/" + roundId + "/queue?unitId=" + unitId);
        WebElement line = browser.findElements(By.cssSelector("#queue-table [data-queue-line]")).stream()
                .filter(row -> row.getAttribute("data-queue-line").endsWith(" " + code)).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", line.findElement(By.tagName("a")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("appraisal-form")));
    }

    private void importSurvey(long roundId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Điều tra");
            String[][] rows = {{"Đơn vị", "Mã tiêu chí", "Kết quả điều tra", "Cỡ mẫu"},
                {world.justice().getCode(), "3.1", "80", "350"}, {world.health().getCode(), "3.1", "90", "420"},
                {world.commune().getName(), "3.1", "100", "1.200"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            book.write(out);
        }
        open("/unit-index/rounds/" + roundId + "/survey");
        browser.findElement(By.id("file")).sendKeys(Files.write(folder.resolve("dieu-tra.xlsx"), out.toByteArray())
                .toAbsolutePath().toString());
        click(By.cssSelector("#import-form button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-confirm")));
        click(By.cssSelector("#import-confirm button"));
        flash("3");
    }

    private void readTheDecisionBack() throws Exception {
        byte[] docx = download(By.id("decision-docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("QUYẾT ĐỊNH", "Số: 125/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Chỉ số cải cách hành chính năm " + world.year(), "Nơi nhận:",
                    "PHÓ CHỦ TỊCH", "Nguyễn Văn Công", "Phụ lục 1");
            assertThat(text.indexOf(world.health().getName())).isLessThan(text.lastIndexOf(world.justice().getName()));
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0)
                    .getFontFamily()).isEqualTo("Times New Roman");
        }
    }

    private void readTheAnnexBack() throws Exception {
        byte[] xlsx = download(By.id("annex-xlsx"));
        DataFormatter cells = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> units = new ArrayList<>();
            Sheet departments = book.getSheetAt(0);
            for (Row row : departments) {
                if (row.getRowNum() >= 2) {
                    units.add(cells.formatCellValue(row.getCell(1)) + " " + cells.formatCellValue(row.getCell(7))
                            + " " + cells.formatCellValue(row.getCell(8)));
                }
            }
            assertThat(units).containsExactly(world.health().getName() + " 95 1", world.justice().getName() + " 90 2");
            assertThat(cells.formatCellValue(book.getSheetAt(1).getRow(2).getCell(1))).isEqualTo(world.commune().getName());
        }
    }

    private byte[] download(By link) throws Exception {
        String href = browser.findElement(link).getAttribute("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "RTSESSION=" + browser.manage().getCookieNamed("RTSESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String userOf(Role role, long unitId) {
        return people.get(role + ":" + unitId).getUsername();
    }

    private void flash(String expected) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash]")));
        assertThat(text(By.cssSelector("[data-flash]"))).contains(expected);
    }

    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                element);
    }
}
