package vn.reformtrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceSettings;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.NarrativeCommand;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportStatus;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Reports through MockMvc with the real security: what each role may do (coordinator, leader read-only, unit head,
 * unit staff, administrator), every cross-unit attempt by id answered 404, and bad input on a report entry and its
 * evidence answered with a clear message and nothing saved.
 */
@IntegrationTest
class ReportingWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired EvidenceStore evidence;

    ReportingFixtures fixtures;
    LocalDate today;
    Scenario s;
    UserAccount coordinator;
    UserAccount leader;
    UserAccount admin;

    @BeforeEach
    void scenario() {
        fixtures = new ReportingFixtures(data, new PlanningFixtures(plans, tasks, catalog), periods, reports, transactions);
        today = LocalDate.now(clock);
        s = fixtures.scenario(today, 10, null);
        coordinator = data.user(Role.COORDINATOR, null);
        leader = data.user(Role.LEADER, null);
        admin = data.user(Role.ADMIN, null);
    }

    @AfterEach
    void defaultLimit() {
        jdbc.sql("delete from app_setting where key = ?").param(EvidenceSettings.MAX_SIZE_MB).update();
    }

    @Test
    void everyRoleReadsWhatItMayAndOnlyTheUnitsHeadSubmits() throws Exception {
        UnitReport report = fixtures.filled(s, 40);
        String path = "/reporting/reports/" + report.getId();
        for (UserAccount user : new UserAccount[] {coordinator, leader, admin, s.head(), s.staff()}) {
            mvc.perform(get(path).with(data.as(user))).andExpect(status().isOk());
        }
        Document asLeader = page(get(path).with(data.as(leader)));
        assertThat(asLeader.select("form[action$=/submit], form[action$=/review], form[action$=/accept], "
                + "form[action$=/return], form[action*=/entries/], form[action$=/narrative]")).isEmpty();
        Document asStaff = page(get(path).with(data.as(s.staff())));
        assertThat(asStaff.select("form[action$=/submit]")).isEmpty();
        assertThat(asStaff.select("form[action*=/entries/]")).isNotEmpty();
        Document asHead = page(get(path).with(data.as(s.head())));
        assertThat(asHead.select("form[action$=/submit]")).hasSize(1);

        // Staff, the leader, the coordinator and the administrator do not submit a unit's report.
        for (UserAccount user : new UserAccount[] {s.staff(), leader, coordinator, admin}) {
            mvc.perform(post(path + "/submit").param("version", Long.toString(report.getVersion()))
                    .with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(fixtures.report(report.getId()).getStatus()).isEqualTo(ReportStatus.DRAFT);

        FlashMessage done = flashOf(mvc.perform(post(path + "/submit").param("version", Long.toString(report.getVersion()))
                        .with(data.as(s.head())).with(csrf()))
                .andExpect(status().is3xxRedirection()));
        assertThat(done.kind()).isEqualTo(FlashMessage.Kind.SUCCESS);
        assertThat(done.key()).isEqualTo("report.submitted");
        assertThat(fixtures.report(report.getId()).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void onlyCoordinatorsAndAdministratorsReviewTheLeaderReadsAndUnitsDoNot() throws Exception {
        UnitReport report = fixtures.filled(s, 40);
        report = reports.submit(report.getId(), report.getVersion(), s.headUser());
        String path = "/reporting/reports/" + report.getId();
        String version = Long.toString(report.getVersion());
        for (UserAccount user : new UserAccount[] {leader, s.head(), s.staff()}) {
            for (String action : new String[] {"/review", "/accept", "/reopen"}) {
                mvc.perform(post(path + action).param("version", version).with(data.as(user)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(post(path + "/return").param("version", version).param("comment", "Bổ sung")
                    .with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        for (String managerOnly : new String[] {"/reporting/periods/new", "/reporting/periods/" + s.period().getId() + "/edit"}) {
            for (UserAccount user : new UserAccount[] {leader, s.head(), s.staff()}) {
                mvc.perform(get(managerOnly).with(data.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(get(managerOnly).with(data.as(admin))).andExpect(status().isOk());
        }
        String consolidated = "/reporting/periods/" + s.period().getId() + "/consolidated";
        mvc.perform(get(consolidated).with(data.as(leader))).andExpect(status().isOk());
        mvc.perform(post(consolidated).param("title", "x").with(data.as(leader)).with(csrf())).andExpect(status().isForbidden());
        for (UserAccount user : new UserAccount[] {s.head(), s.staff()}) {
            mvc.perform(get(consolidated).with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(consolidated + ".docx").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/reporting/periods/" + s.period().getId() + "/chasing").with(data.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(fixtures.report(report.getId()).getStatus()).isEqualTo(ReportStatus.SUBMITTED);

        mvc.perform(post(path + "/review").param("version", version).with(data.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.report(report.getId()).getStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
    }

    @Test
    void anotherUnitsPeopleGetNotFoundForTheReportItsEntriesAndItsEvidenceWhateverTheyTry() throws Exception {
        UnitReport report = fixtures.filled(s, 40);
        long fileId = uploadedByStaff("ho-so.pdf", EvidenceSamples.pdf());
        Stored entry = fixtures.entries(report.getId()).get(0);
        saveEntry(report.getId(), entry, "40", fileId).andExpect(status().isOk());
        Stored linked = fixtures.entries(report.getId()).get(0);
        String path = "/reporting/reports/" + report.getId();

        for (UserAccount stranger : new UserAccount[] {s.theirHead(), s.theirStaff()}) {
            mvc.perform(get(path).with(data.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(get(path + "/evidence-options").with(data.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/evidence/" + fileId + "/download").with(data.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post(path + "/entries/" + linked.id()).param("version", Long.toString(linked.version()))
                    .param("progressPercent", "99").param("status", "IN_PROGRESS").with(data.as(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path + "/narrative").param("version", "0").param("generalAssessment", "của người khác")
                    .with(data.as(stranger)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post(path + "/submit").param("version", "0").with(data.as(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path + "/withdraw").param("version", "0").with(data.as(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // Their own report exists too: asking for ours by changing the id in the URL is the same 404.
        UnitReport theirs = reports.openForUnit(s.period().getId(), s.theirStaffUser());
        mvc.perform(get("/reporting/reports/" + theirs.getId()).with(data.as(s.theirStaff()))).andExpect(status().isOk());
        mvc.perform(get("/reporting/reports/" + theirs.getId()).with(data.as(s.staff()))).andExpect(status().isNotFound());
        mvc.perform(get("/reporting/reports/" + Long.MAX_VALUE).with(data.as(s.staff()))).andExpect(status().isNotFound());

        Stored after = fixtures.entries(report.getId()).get(0);
        assertThat(after.progressPercent()).isEqualTo(40);
        assertThat(after.evidenceIds()).containsExactly(fileId);
        assertThat(fixtures.report(report.getId()).getGeneralAssessment()).isEqualTo("Đơn vị đã triển khai các nhiệm vụ được giao");
        // The coordinator and the leader read the file; our staff too.
        for (UserAccount reader : new UserAccount[] {coordinator, leader, s.staff()}) {
            mvc.perform(get("/evidence/" + fileId + "/download").with(data.as(reader))).andExpect(status().isOk());
        }
    }

    @Test
    void progressOutsideZeroToHundredOrNotANumberIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        Stored entry = fixtures.entries(report.getId()).get(0);
        for (String bad : new String[] {"150", "-1", "abc", "50%", "1e3"}) {
            String html = saveEntry(report.getId(), entry, bad, null)
                    .andExpect(status().isUnprocessableContent())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parseBodyFragment(html).select("[data-entry-refusal]").text())
                    .as("progress %s", bad).contains("Tiến độ phải là số nguyên từ 0 đến 100.");
        }
        // A plain form post shows the page again with the message beside the entry and what was typed.
        String html = mvc.perform(post("/reporting/reports/" + report.getId() + "/entries/" + entry.id())
                        .param("version", Long.toString(entry.version())).param("progressPercent", "101")
                        .param("status", "IN_PROGRESS").param("workDone", "Đang làm")
                        .with(data.as(s.staff())).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Tiến độ phải là số nguyên từ 0 đến 100.", "Đang làm");
        Stored after = fixtures.entries(report.getId()).get(0);
        assertThat(after.progressPercent()).isNull();
        assertThat(after.workDone()).isNull();
        assertThat(after.version()).isEqualTo(entry.version());
    }

    @Test
    void twoPeopleSavingOneEntryTheSecondSeesTheFirstsTextAndKeepsItsOwnInTheForm() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        Stored entry = fixtures.entries(report.getId()).get(0);
        mvc.perform(post("/reporting/reports/" + report.getId() + "/entries/" + entry.id()).header("HX-Request", "true")
                        .param("version", Long.toString(entry.version())).param("progressPercent", "30")
                        .param("status", "IN_PROGRESS").param("workDone", "Chuyên viên viết trước")
                        .with(data.as(s.staff())).with(csrf()))
                .andExpect(status().isOk());

        String html = mvc.perform(post("/reporting/reports/" + report.getId() + "/entries/" + entry.id())
                        .header("HX-Request", "true")
                        .param("version", Long.toString(entry.version())).param("progressPercent", "60")
                        .param("status", "IN_PROGRESS").param("workDone", "Thủ trưởng viết sau")
                        .with(data.as(s.head())).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document answer = Jsoup.parseBodyFragment(html);
        assertThat(answer.select("[data-entry-refusal]").text())
                .contains("Nhiệm vụ này vừa được " + s.staff().getUsername() + " lưu; nội dung bạn nhập chưa được lưu.");
        assertThat(answer.text()).contains("Chuyên viên viết trước");

        Stored after = fixtures.entries(report.getId()).get(0);
        assertThat(after.workDone()).isEqualTo("Chuyên viên viết trước");
        assertThat(after.progressPercent()).isEqualTo(30);
    }

    @Test
    void aSubmittedReportRefusesEditsWithAMessageAndAfterTheLockTheHeadCannotSubmit() throws Exception {
        UnitReport report = fixtures.filled(s, 40);
        UnitReport submitted = reports.submit(report.getId(), report.getVersion(), s.headUser());
        Stored entry = fixtures.entries(report.getId()).get(0);
        String html = saveEntry(report.getId(), entry, "90", null).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("Báo cáo đã gửi nên không sửa được");
        assertThat(fixtures.entries(report.getId()).get(0).progressPercent()).isEqualTo(40);

        // Another scenario: the lock passes before the head submits.
        Scenario late = fixtures.scenario(today, 10, 0);
        UnitReport draft = fixtures.filled(late, 40);
        fixtures.reschedule(late.period(), late.period().getStartsOn(), 0);
        FlashMessage refused = flashOf(mvc.perform(post("/reporting/reports/" + draft.getId() + "/submit")
                        .param("version", Long.toString(fixtures.report(draft.getId()).getVersion()))
                        .with(data.as(late.head())).with(csrf()))
                .andExpect(status().is3xxRedirection()));
        assertThat(refused.kind()).isEqualTo(FlashMessage.Kind.WARNING);
        assertThat(refused.key()).isEqualTo("report.error.entryLocked");
        assertThat(refused.arguments()).containsExactly(fmt(late.period().getStartsOn()));
        // What the head then sees on the report page.
        Document shown = page(get("/reporting/reports/" + draft.getId()).with(data.as(late.head())));
        assertThat(shown.text()).contains("Đã quá thời hạn nhập liệu (sau ngày " + fmt(late.period().getStartsOn()) + ")");
        assertThat(fixtures.report(draft.getId()).getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void evidenceOnAReportIsCheckedByContentLimitedInSizeAndDownloadedUnderASafeName() throws Exception {
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        long before = filesOfOurUnit();

        refusedUpload("bao-cao.pdf", EvidenceSamples.windowsExe(),
                "Tệp không đúng định dạng cho phép: chỉ nhận PDF, DOCX, XLSX, JPG, PNG");
        refusedUpload("bao-cao.pdf", EvidenceSamples.elf(), "Tệp không đúng định dạng cho phép");
        jdbc.sql("insert into app_setting (key, value, updated_by) values (?, '1', 'test')")
                .param(EvidenceSettings.MAX_SIZE_MB).update();
        refusedUpload("lon.pdf", EvidenceSamples.pdfOfSize(1024 * 1024 + 1, 3), "Tệp vượt quá dung lượng cho phép (tối đa 1 MB).");
        assertThat(filesOfOurUnit()).isEqualTo(before);

        long fileId = uploadedByStaff("../../etc/C:\\Windows\\báo cáo <quý> 1.pdf", EvidenceSamples.pdf());
        String disposition = mvc.perform(get("/evidence/" + fileId + "/download").with(data.as(s.head())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"").doesNotContain("/", "\\", "..", "<", ">");
        assertThat(disposition).contains(".pdf");

        // The same file backs both entries.
        for (Stored entry : fixtures.entries(report.getId())) {
            saveEntry(report.getId(), entry, "20", fileId).andExpect(status().isOk());
        }
        assertThat(fixtures.entries(report.getId())).allSatisfy(e -> assertThat(e.evidenceIds()).containsExactly(fileId));
        Document page = page(get("/reporting/reports/" + report.getId()).with(data.as(s.staff())));
        assertThat(page.select("a[href=/evidence/" + fileId + "/download]")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theLeadUnitReadsEachCoordinatingUnitsSentPartAsOneRowOfItsTaskAndNothingOfADraft() throws Exception {
        UnitReport ours = reports.openForUnit(s.period().getId(), s.staffUser());
        UnitReport theirs = reports.openForUnit(s.period().getId(), s.theirStaffUser());
        EvidenceSummary file = evidence.store(s.theirStaffUser(), s.theirs().getId(), "phoi-hop.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf()), new EvidenceDetails("7/BC-SYT", null, null, null));
        for (Stored entry : fixtures.entries(theirs.getId())) {
            boolean part = entry.taskId() == s.coordinatedTask().getId();
            reports.saveEntry(theirs.getId(), entry.id(), entry.version(), part
                    ? new EntryCommand(35, EntryStatus.IN_PROGRESS, null, "Đã rà soát 12 thủ tục", "Thiếu người",
                            "Bổ sung biên chế", Set.of(file.id()))
                    : new EntryCommand(10, EntryStatus.IN_PROGRESS, null, "Việc của mình", null, null, Set.of()),
                    s.theirStaffUser());
        }
        String path = "/reporting/reports/" + ours.getId();
        Stored coordinated = fixtures.entry(ours.getId(), s.coordinatedTask().getId());

        // A draft of theirs is not shown yet.
        assertThat(page(get(path).with(data.as(s.head()))).select("[data-coordinated-parts]")).isEmpty();

        UnitReport described = reports.saveNarrative(theirs.getId(), fixtures.report(theirs.getId()).getVersion(),
                new NarrativeCommand("Đã phối hợp", null, null), s.theirStaffUser());
        reports.submit(theirs.getId(), described.getVersion(), s.theirHeadUser());

        for (UserAccount reader : new UserAccount[] {s.head(), s.staff(), coordinator}) {
            Document page = page(get(path).with(data.as(reader)));
            assertThat(page.select("[data-coordinated-parts]")).as("only the coordinated task has parts").hasSize(1);
            Element parts = page.getElementById("entry-" + coordinated.id()).selectFirst("[data-coordinated-parts]");
            assertThat(parts.select("thead th").eachText()).containsExactly("Đơn vị phối hợp", "Tình trạng",
                    "Tiến độ", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất", "Tài liệu kiểm chứng");
            Element row = parts.selectFirst("tbody tr[data-part-unit=\"" + s.theirs().getName() + "\"]");
            assertThat(parts.select("tbody tr")).hasSize(1);
            assertThat(row.select("td, th").eachText()).containsExactly(s.theirs().getName() + " Đã gửi, chờ kiểm tra",
                    "Đang thực hiện", "35 %", "Đã rà soát 12 thủ tục", "Thiếu người", "Bổ sung biên chế",
                    "phoi-hop.pdf " + row.selectFirst("[data-evidence-size]").text() + " Số 7/BC-SYT");
            assertThat(row.select("[data-report-status=SUBMITTED]")).hasSize(1);
            assertThat(row.select("a[href=/evidence/" + file.id() + "/download]")).hasSize(1);
            assertThat(parts.attr("aria-labelledby")).isEqualTo(parts.selectFirst("h3").id());
        }
        // Their own page shows no part of ours: they coordinate the task, they do not lead it.
        assertThat(page(get("/reporting/reports/" + theirs.getId()).with(data.as(s.theirHead())))
                .select("[data-coordinated-parts]")).isEmpty();
    }

    @Test
    void aPeriodOverlappingAnotherOfItsKindIsRefusedOnTheFormAndNotSaved() throws Exception {
        LocalDate day = s.period().getStartsOn();
        String html = mvc.perform(post("/reporting/periods/new").with(data.as(coordinator)).with(csrf())
                        .param("kind", "AD_HOC").param("year", Integer.toString(day.getYear()))
                        .param("title", "Báo cáo đột xuất trùng")
                        .param("startsOn", fmt(day.minusDays(0))).param("endsOn", fmt(day))
                        .param("dueOn", fmt(day.plusDays(5))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).text()).contains("Trùng thời gian với kỳ \"" + s.period().getTitle() + "\"");
        assertThat(periods.ofYear(day.getYear())).noneMatch(p -> "Báo cáo đột xuất trùng".equals(p.getTitle()));
    }

    private long uploadedByStaff(String name, byte[] content) throws Exception {
        String html = mvc.perform(multipart("/evidence")
                        .file(new MockMultipartFile("file", name, "application/pdf", content))
                        .param("ownerUnitId", Long.toString(s.ours().getId())).param("linkField", "evidenceIds")
                        .header("HX-Request", "true").with(data.as(s.staff())).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Trigger", "evidence-uploaded"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(Jsoup.parseBodyFragment(html).select("input[type=hidden][name=evidenceIds]").attr("value"));
    }

    private void refusedUpload(String name, byte[] content, String reason) throws Exception {
        String html = mvc.perform(multipart("/evidence")
                        .file(new MockMultipartFile("file", name, "application/pdf", content))
                        .param("ownerUnitId", Long.toString(s.ours().getId())).param("linkField", "evidenceIds")
                        .header("HX-Request", "true").with(data.as(s.staff())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parseBodyFragment(html).select("[data-evidence-refusal]").text()).contains(reason);
    }

    private org.springframework.test.web.servlet.ResultActions saveEntry(long reportId, Stored entry, String progress,
            Long evidenceId) throws Exception {
        MockHttpServletRequestBuilder request = post("/reporting/reports/" + reportId + "/entries/" + entry.id())
                .header("HX-Request", "true")
                .param("version", Long.toString(entry.version()))
                .param("progressPercent", progress)
                .param("status", "IN_PROGRESS")
                .param("workDone", "Đã triển khai")
                .with(data.as(s.staff())).with(csrf());
        if (evidenceId != null) {
            request.param("evidenceIds", evidenceId.toString());
        }
        return mvc.perform(request);
    }

    private static FlashMessage flashOf(org.springframework.test.web.servlet.ResultActions result) {
        return (FlashMessage) result.andReturn().getFlashMap().get("flash");
    }

    private long filesOfOurUnit() {
        return jdbc.sql("select count(*) from evidence_file where owner_unit_id = ?").param(s.ours().getId())
                .query(Long.class).single();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String fmt(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
