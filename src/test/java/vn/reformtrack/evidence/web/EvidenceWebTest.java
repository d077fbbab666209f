package vn.reformtrack.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceSettings;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Upload, download and the library page through MockMvc with the real security configuration. */
@IntegrationTest
class EvidenceWebTest {

    static final String PDF = "application/pdf";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    EvidenceStore store;

    @Autowired
    JdbcClient jdbc;

    Unit unit;
    Unit otherUnit;
    UserAccount staff;
    UserAccount otherUnitsHead;

    @BeforeEach
    void twoUnitsWithTheirPeople() {
        unit = data.department("Sở Tư pháp thử");
        otherUnit = data.department("Sở Tài chính thử");
        staff = data.user(Role.UNIT_STAFF, unit.getId());
        otherUnitsHead = data.user(Role.UNIT_HEAD, otherUnit.getId());
    }

    @AfterEach
    void defaultLimit() {
        jdbc.sql("delete from app_setting where key = ?").param(EvidenceSettings.MAX_SIZE_MB).update();
    }

    @Test
    void staffUploadFromTheWidgetReturnsTheFileWithAHiddenInputToLinkIt() throws Exception {
        String html = mvc.perform(upload("Báo cáo quý 1.pdf", EvidenceSamples.pdf(), unit.getId())
                        .param("documentNumber", "12/BC-STP")
                        .param("documentDate", "05/04/2025")
                        .param("issuer", "Sở Tư pháp")
                        .param("linkField", "evidenceIds")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(data.as(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "evidence-uploaded"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        EvidenceSummary stored = onlyFileOf(unit);
        assertThat(stored.originalFileName()).isEqualTo("Báo cáo quý 1.pdf");
        assertThat(stored.documentDate()).isEqualTo(LocalDate.of(2025, 4, 5));
        assertThat(stored.uploadedBy()).isEqualTo(staff.getUsername());
        Document item = Jsoup.parseBodyFragment(html);
        assertThat(item.select("input[type=hidden][name=evidenceIds]").attr("value")).isEqualTo(Long.toString(stored.id()));
        assertThat(item.select("a[data-evidence-download]").attr("href")).isEqualTo("/evidence/" + stored.id() + "/download");
        assertThat(item.text()).contains("Báo cáo quý 1.pdf", "Số 12/BC-STP", "ngày 05/04/2025", "Sở Tư pháp");
    }

    @Test
    void theLibraryWidgetConfirmsAndAnIsoDateIsReadToo() throws Exception {
        String html = mvc.perform(upload("Kế hoạch.docx", EvidenceSamples.docx(), unit.getId())
                        .param("documentDate", "2025-04-05")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(data.as(staff)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parseBodyFragment(html).select("[data-evidence-stored]").text())
                .isEqualTo("Đã lưu tệp Kế hoạch.docx.");
        assertThat(onlyFileOf(unit).documentDate()).isEqualTo(LocalDate.of(2025, 4, 5));
    }

    @Test
    void aPlainFormUploadRedirectsToTheLibraryWithAMessage() throws Exception {
        mvc.perform(upload("anh.png", EvidenceSamples.png(), unit.getId()).with(csrf()).with(data.as(staff)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/evidence?unitId=" + unit.getId()))
                .andExpect(flash().attribute("flash", flashWith(FlashMessage.Kind.SUCCESS, "evidence.stored")));

        mvc.perform(upload("anh.pdf", EvidenceSamples.text(), unit.getId()).with(csrf()).with(data.as(staff)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", flashWith(FlashMessage.Kind.DANGER, "evidence.refused")));
        assertThat(countFilesOf(unit)).isEqualTo(1);
    }

    @Test
    void aUnitUserCannotUploadForAnotherUnit() throws Exception {
        refused(upload("a.pdf", EvidenceSamples.pdf(), otherUnit.getId()).with(data.as(staff)),
                "Bạn chỉ được tải tài liệu kiểm chứng cho đơn vị của mình.");
        assertThat(countFilesOf(otherUnit)).isZero();
    }

    @Test
    void badFilesGetAClearMessageInTheUsersLanguage() throws Exception {
        refused(upload("bao-cao.pdf", EvidenceSamples.windowsExe(), unit.getId()).with(data.as(staff)),
                "Tệp không đúng định dạng cho phép: chỉ nhận PDF, DOCX, XLSX, JPG, PNG");
        refused(upload("bao-cao.pdf", EvidenceSamples.windowsExe(), unit.getId()).with(data.as(staff))
                        .cookie(new Cookie("rt-lang", "en")),
                "This file type is not accepted: only PDF, DOCX, XLSX, JPG and PNG");
        refused(upload("bao-cao.docx", EvidenceSamples.plainZip(), unit.getId()).with(data.as(staff)),
                "Tệp không đúng định dạng cho phép");
        refused(upload("bao-cao.docm", EvidenceSamples.docm(), unit.getId()).with(data.as(staff)),
                "Tệp Word/Excel có chứa macro");
        refused(upload("rong.pdf", new byte[0], unit.getId()).with(data.as(staff)), "Tệp rỗng (0 byte)");
        refused(upload("", new byte[0], unit.getId()).with(data.as(staff)), "Vui lòng chọn tệp cần tải lên.");
        refused(upload("../../..", EvidenceSamples.pdf(), unit.getId()).with(data.as(staff)), "Tên tệp không hợp lệ");
        refused(upload("a.pdf", EvidenceSamples.pdf(), unit.getId()).param("documentDate", "31/02/2025")
                .with(data.as(staff)), "Vui lòng nhập ngày theo dạng dd/MM/yyyy.");
        refused(upload("a.pdf", EvidenceSamples.pdf(), unit.getId()).param("documentNumber", "9".repeat(101))
                .with(data.as(staff)), "Độ dài phải từ 0 đến 100 ký tự.");
        assertThat(countFilesOf(unit)).isZero();
    }

    @Test
    void aFileLargerThanTheSettingIsRefusedWithTheLimitInTheMessage() throws Exception {
        jdbc.sql("insert into app_setting (key, value, updated_by) values (?, '1', 'test')")
                .param(EvidenceSettings.MAX_SIZE_MB).update();

        refused(upload("lon.pdf", EvidenceSamples.pdfOfSize(1024 * 1024 + 1, 7), unit.getId()).with(data.as(staff)),
                "Tệp vượt quá dung lượng cho phép (tối đa 1 MB).");
        assertThat(countFilesOf(unit)).isZero();
    }

    @Test
    void withoutTheCsrfTokenAnUploadIsForbidden() throws Exception {
        mvc.perform(upload("a.pdf", EvidenceSamples.pdf(), unit.getId()).with(data.as(staff)))
                .andExpect(status().isForbidden());
        assertThat(countFilesOf(unit)).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        EvidenceSummary file = stored(unit, "a.pdf");
        mvc.perform(get("/evidence")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/evidence/" + file.id() + "/download"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(upload("a.pdf", EvidenceSamples.pdf(), unit.getId()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        assertThat(countFilesOf(unit)).isEqualTo(1);
    }

    @Test
    void aDownloadIsAnAttachmentOfTheDetectedTypeWithItsVietnameseName() throws Exception {
        byte[] content = EvidenceSamples.pdfOfSize(1_500_000, 9);
        EvidenceSummary file = store.store(current(staff), unit.getId(), "Quyết định số 12 (đợt 1).pdf",
                new ByteArrayInputStream(content), EvidenceDetails.none());

        mvc.perform(get("/evidence/" + file.id() + "/download").with(data.as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(PDF))
                .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, content.length))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"Quyet dinh so 12 (dot 1).pdf\"; filename*=UTF-8''"
                                + "Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2012%20%28%C4%91%E1%BB%A3t%201%29.pdf"))
                .andExpect(content().bytes(content));
    }

    @Test
    void anotherUnitsFileIsNotFoundForAUnitUserButServedToProvinceWideRoles() throws Exception {
        EvidenceSummary file = stored(unit, "a.pdf");

        mvc.perform(get("/evidence/" + file.id() + "/download").with(data.as(otherUnitsHead)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-error-page=\"404\"")));
        mvc.perform(get("/evidence/" + Long.MAX_VALUE + "/download").with(data.as(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evidence/" + file.id() + "/download").with(data.as("coordinator")))
                .andExpect(status().isOk());
        mvc.perform(get("/evidence/" + file.id() + "/download").with(data.as("leader")))
                .andExpect(status().isOk());
        mvc.perform(get("/evidence/abc/download").with(data.as(staff))).andExpect(status().isBadRequest());
    }

    @Test
    void aUnitUserSeesOnlyTheirOwnUnitsLibraryWhateverTheUrlSays() throws Exception {
        stored(unit, "Của đơn vị mình.pdf");
        stored(otherUnit, "Của đơn vị khác.pdf");

        Document page = page(get("/evidence").param("unitId", otherUnit.getId().toString()).with(data.as(staff)));

        assertThat(page.select("#evidence-list tbody a[data-evidence-download]").eachText())
                .containsExactly("Của đơn vị mình.pdf");
        assertThat(page.select("[data-evidence-unit]").text()).isEqualTo(unit.getName());
        assertThat(page.select("#unitId")).as("no unit picker for unit users").isEmpty();
        assertThat(page.select("[data-evidence-upload] input[name=ownerUnitId]").attr("value"))
                .isEqualTo(unit.getId().toString());
        assertThat(page.select("[data-evidence-upload]").attr("data-max-bytes")).isEqualTo("20971520");
        assertThat(page.select("nav a[data-nav=/evidence]").text()).isEqualTo("Tài liệu kiểm chứng");
        assertThat(page.select("script[src^=/assets/js/evidence-]")).hasSize(1);
    }

    @Test
    void theCoordinatorPicksAUnitSearchesWithoutDiacriticsAndExports() throws Exception {
        store.store(current(staff), unit.getId(), "Kế hoạch cải cách.pdf", new ByteArrayInputStream(EvidenceSamples.pdf()),
                new EvidenceDetails("205/KH-UBND", LocalDate.of(2025, 3, 1), "Ủy ban nhân dân tỉnh", null));
        stored(unit, "Ảnh hiện trường.pdf");

        Document page = page(get("/evidence").param("unitId", unit.getId().toString()).param("query", "uy ban")
                .with(data.as("coordinator")));
        assertThat(page.select("#evidence-list tbody a[data-evidence-download]").eachText())
                .containsExactly("Kế hoạch cải cách.pdf");
        assertThat(page.select("#unitId option[selected]").attr("value")).isEqualTo(unit.getId().toString());
        assertThat(page.select("[data-evidence-upload]")).hasSize(1);

        byte[] xlsx = mvc.perform(get("/evidence").param("unitId", unit.getId().toString()).param("format", "xlsx")
                        .with(data.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tên tệp");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("205/KH-UBND");
        }
    }

    @Test
    void leadershipReadsTheLibraryButHasNoUploadWidgetAndCannotUpload() throws Exception {
        stored(unit, "a.pdf");
        Document page = page(get("/evidence").param("unitId", unit.getId().toString()).with(data.as("leader")));
        assertThat(page.select("#evidence-list tbody tr")).hasSize(1);
        assertThat(page.select("[data-evidence-upload]")).isEmpty();

        refused(upload("a.pdf", EvidenceSamples.pdf(), unit.getId()).with(data.as("leader")),
                "Vai trò của bạn chỉ được xem, không được tải tài liệu lên.");
    }

    @Test
    void aProvinceWideUserWithoutAUnitIsAskedToChooseOne() throws Exception {
        UserAccount admin = data.user(Role.ADMIN, null);
        Document page = page(get("/evidence").with(data.as(admin)));
        assertThat(page.select(".alert-info").text()).isEqualTo("Chọn một đơn vị để xem tài liệu kiểm chứng của đơn vị đó.");
        mvc.perform(get("/evidence").param("unitId", Long.toString(Long.MAX_VALUE)).with(data.as(admin)))
                .andExpect(status().isNotFound());
    }

    private static Matcher<FlashMessage> flashWith(FlashMessage.Kind kind, String key) {
        return new CustomTypeSafeMatcher<>(kind + " " + key) {
            @Override
            protected boolean matchesSafely(FlashMessage flash) {
                return flash.kind() == kind && flash.key().equals(key);
            }
        };
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, long ownerUnitId) {
        MockMultipartHttpServletRequestBuilder request = multipart("/evidence");
        request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
        request.param("ownerUnitId", Long.toString(ownerUnitId));
        return request;
    }

    /** From the widget: 422 with the reasons as a fragment. */
    private void refused(MockMultipartHttpServletRequestBuilder request, String expectedReason) throws Exception {
        String html = mvc.perform(request.header("HX-Request", "true").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parseBodyFragment(html).select("[data-evidence-refusal]").text()).contains(expectedReason);
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private EvidenceSummary stored(Unit owner, String name) {
        return store.store(new CurrentUser(0, "test", "Test", Role.COORDINATOR, null), owner.getId(), name,
                new ByteArrayInputStream(EvidenceSamples.pdf()), EvidenceDetails.none());
    }

    private EvidenceSummary onlyFileOf(Unit owner) {
        var files = store.listForUnit(owner.getId(), null, org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(files.getContent()).hasSize(1);
        return files.getContent().get(0);
    }

    private long countFilesOf(Unit owner) {
        return jdbc.sql("select count(*) from evidence_file where owner_unit_id = ?").param(owner.getId())
                .query(Long.class).single();
    }

    private static CurrentUser current(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getUnitId());
    }
}
