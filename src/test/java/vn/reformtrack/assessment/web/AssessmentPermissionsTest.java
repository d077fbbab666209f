package vn.reformtrack.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.reformtrack.assessment.AssessmentFixtures.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.reformtrack.assessment.AssessmentFixtures;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.RecordingService;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Who may do what in a round, through the real security configuration: every role on every page and action, every
 * endpoint that takes an id tried across units (404), bad input over HTTP (a message, the typed text back, nothing
 * saved), and the dossier read back as each reader gets it. The round: Sở Tư pháp answers for 1.1 (Văn phòng helps)
 * and 2.1, Văn phòng for 1.2; 2.2 is a survey criterion (see {@link AssessmentFixtures}).
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class AssessmentPermissionsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired RecordingService recording;
    @Autowired EvidenceStore evidence;
    @Autowired Clock clock;

    AssessmentFixtures fixtures;
    UserAccount coordinator;
    UserAccount leader;
    UserAccount admin;
    UserAccount head;
    UserAccount staff;
    UserAccount officeStaff;
    UserAccount outsider;
    long roundId;
    long justiceFile;

    @BeforeEach
    void aRoundWithTwoUnits() {
        fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        Unit justice = data.department("Sở Tư pháp");
        Unit office = data.department("Văn phòng UBND tỉnh");
        Unit health = data.department("Sở Y tế");
        coordinator = data.user(Role.COORDINATOR, null);
        leader = data.user(Role.LEADER, null);
        admin = data.user(Role.ADMIN, null);
        head = data.user(Role.UNIT_HEAD, justice.getId());
        staff = data.user(Role.UNIT_STAFF, justice.getId());
        officeStaff = data.user(Role.UNIT_STAFF, office.getId());
        outsider = data.user(Role.UNIT_STAFF, health.getId());
        roundId = fixtures.started(fixtures.catalog(justice, office), 2025, LocalDate.now(clock).plusDays(14)).getId();
        justiceFile = fixtures.file(AssessmentFixtures.user(staff), justice.getId(), "Báo cáo kết quả.pdf", "28/BC-STP");
    }

    @Test
    void theRoundIsNamedByItsIndexAndYearNotItsCode() throws Exception {
        String html = mvc.perform(get(round("")).with(data.as(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String name = jdbc.sql("""
                select f.name_vi from assessment_round r join index_framework f on f.id = r.framework_id
                where r.id = ?""").param(roundId).query(String.class).single();

        assertThat(Jsoup.parse(html).select(".breadcrumb-item.active").text()).isEqualTo(name + " năm 2025");
    }

    @Test
    void everyRoleReachesWhatItMayAndIsRefusedTheRest() throws Exception {
        for (UserAccount user : List.of(coordinator, leader, admin, head, staff, officeStaff, outsider)) {
            mvc.perform(get("/assessment").with(data.as(user))).andExpect(status().isOk());
        }
        for (UserAccount user : List.of(coordinator, leader, admin, head, staff, officeStaff)) {
            mvc.perform(get(round("")).with(data.as(user))).andExpect(status().isOk());
        }
        mvc.perform(get(round("")).with(data.as(outsider))).andExpect(status().isNotFound());
        for (UserAccount user : List.of(coordinator, leader, admin)) {
            mvc.perform(get(round("/projection")).with(data.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"most-open\"")));
        }
        for (UserAccount user : List.of(head, staff, officeStaff, outsider)) {
            mvc.perform(get(round("/projection")).with(data.as(user))).andExpect(status().isNotFound());
        }
        for (UserAccount user : List.of(coordinator, admin)) {
            mvc.perform(get("/assessment/rounds/new").with(data.as(user))).andExpect(status().isOk());
            mvc.perform(get(round("/assignments")).with(data.as(user))).andExpect(status().isOk());
        }
        long version = jdbc.sql("select version from assessment_round where id = ?").param(roundId).query(Long.class).single();
        for (UserAccount user : List.of(leader, head, staff, outsider)) {
            mvc.perform(get("/assessment/rounds/new").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/assessment/rounds/new").with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get(round("/assignments")).with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(post(round("/assignments")).with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
            for (String action : List.of("/start", "/close", "/discard", "/deadline")) {
                mvc.perform(post(round(action)).with(data.as(user)).with(csrf()).param("version", String.valueOf(version))
                        .param("deadline", "2030-01-01")).andExpect(status().isForbidden());
            }
        }
        assertThat(jdbc.sql("select status from assessment_round where id = ?").param(roundId).query(String.class).single())
                .isEqualTo("OPEN");
    }

    @Test
    void onACriterionEachRoleDoesOnlyItsPart() throws Exception {
        long item = fixtures.itemId(roundId, "1.1");
        for (UserAccount user : List.of(coordinator, leader, admin, head, staff, officeStaff)) {
            mvc.perform(get(criterion(item, "")).with(data.as(user))).andExpect(status().isOk());
        }
        mvc.perform(get(criterion(item, "")).with(data.as(head)))
                .andExpect(content().string(Matchers.containsString("id=\"record-form\"")));
        mvc.perform(get(criterion(item, "")).with(data.as(officeStaff)))
                .andExpect(content().string(Matchers.containsString("id=\"contribution-form\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"record-form\""))));
        mvc.perform(get(criterion(item, "")).with(data.as(leader)))
                .andExpect(content().string(Matchers.containsString("id=\"read-only-notice\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<form method=\"post\" action=\"/assessment"))));

        for (UserAccount user : List.of(coordinator, admin, leader, officeStaff)) {
            mvc.perform(recordPost(item, "2", user)).andExpect(status().isForbidden());
        }
        for (UserAccount user : List.of(leader, head, staff, officeStaff)) {
            mvc.perform(post(criterion(item, "/appraisal")).with(data.as(user)).with(csrf()).param("decision", "ACCEPT")
                    .param("version", "0")).andExpect(status().isForbidden());
        }
        mvc.perform(post(criterion(fixtures.itemId(roundId, "2.2"), "/estimate")).with(data.as(leader)).with(csrf())
                .param("estimate", "5").param("basis", "x").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(round("/submit")).with(data.as(staff)).with(csrf()).param("stamp", ""))
                .andExpect(status().isForbidden());
        assertThat(fixtures.row(roundId, "1.1").selfScore()).isNull();

        mvc.perform(recordPost(item, "2,5", staff)).andExpect(status().is3xxRedirection());
        assertThat(fixtures.row(roundId, "1.1").selfScore()).isEqualByComparingTo("2.5");
    }

    @Test
    void aUnitUserReachesNoOtherUnitsCriterionByAnyIdOrUrl() throws Exception {
        long theirs = fixtures.itemId(roundId, "1.2");
        long survey = fixtures.itemId(roundId, "2.2");
        long ours = fixtures.itemId(roundId, "2.1");
        Long otherRound = jdbc.sql("select min(id) from assessment_round where id <> ?").param(roundId).query(Long.class).single();
        for (UserAccount user : List.of(head, staff)) {
            for (long item : List.of(theirs, survey)) {
                expectNotFound(get(criterion(item, "")), user);
                expectNotFound(get(criterion(item, "/library")), user);
                expectNotFound(post(criterion(item, "")).param("score", "1").param("version", "0"), user);
                expectNotFound(post(criterion(item, "/contribution")).param("version", "0"), user);
                expectNotFound(post(criterion(item, "/appraisal")).param("decision", "ACCEPT").param("version", "0"), user);
                expectNotFound(post(criterion(item, "/estimate")).param("estimate", "1").param("version", "0"), user);
            }
            expectNotFound(get("/assessment/rounds/" + otherRound + "/criteria/" + ours), user);
            expectNotFound(post("/assessment/rounds/" + otherRound + "/criteria/" + ours).param("score", "1")
                    .param("version", "0"), user);
            expectNotFound(get("/assessment/rounds/" + roundId + "/criteria/987654321"), user);
        }
        for (String path : List.of("", "/dossier.xlsx", "/dossier.zip", "/projection")) {
            expectNotFound(get(round(path)), outsider);
        }
        expectNotFound(post(round("/submit")).param("stamp", ""), data.user(Role.UNIT_HEAD, data.department("Sở Y tế").getId()));
        expectNotFound(get(criterion(ours, "")), officeStaff);
        expectNotFound(post(criterion(ours, "/contribution")).param("version", "0"), officeStaff);
        assertThat(fixtures.row(roundId, "1.2").selfScore()).isNull();
        assertThat(fixtures.row(roundId, "1.2").evidenceCount()).isZero();
    }

    @Test
    void badScoresComeBackWithAMessageAndWhatWasTypedAndNothingIsSaved() throws Exception {
        long item = fixtures.itemId(roundId, "1.1");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("3,25", "vượt điểm tối đa 3");
        typed.put("-1", "Điểm không được âm");
        typed.put("ba điểm", "“ba điểm” không phải là số");
        typed.put("1,8", "không đúng bước chấm: tiêu chí chấm theo từng 0,25 điểm");
        for (Map.Entry<String, String> attempt : typed.entrySet()) {
            mvc.perform(recordPost(item, attempt.getKey(), staff))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("recordForm", "score"))
                    .andExpect(content().string(Matchers.containsString(attempt.getValue())))
                    .andExpect(content().string(Matchers.containsString("value=\"" + attempt.getKey() + "\"")));
        }
        long officeFile = fixtures.file(AssessmentFixtures.user(officeStaff), fixtures.row(roundId, "1.2").responsibleUnitId(),
                "Của Văn phòng.pdf", "3/BC-VP");
        mvc.perform(post(criterion(item, "")).with(data.as(staff)).with(csrf()).param("score", "2")
                        .param("evidenceIds", String.valueOf(justiceFile), String.valueOf(officeFile))
                        .param("version", String.valueOf(fixtures.version(roundId, "1.1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("có tệp thuộc đơn vị khác")));
        ItemRow row = fixtures.row(roundId, "1.1");
        assertThat(row.selfScore()).isNull();
        assertThat(row.evidenceCount()).isZero();
    }

    @Test
    void twoPeopleSavingOneCriterionTheSecondSeesTheFirstsSaveAndKeepsWhatTheyTyped() throws Exception {
        long item = fixtures.itemId(roundId, "1.1");
        long opened = fixtures.version(roundId, "1.1");
        mvc.perform(recordPost(item, "2", head, opened)).andExpect(status().is3xxRedirection());
        mvc.perform(post(criterion(item, "")).with(data.as(staff)).with(csrf()).param("score", "1,5")
                        .param("explanation", "Bản của người thứ hai").param("version", String.valueOf(opened)))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(Matchers.containsString("id=\"conflict\"")))
                .andExpect(content().string(Matchers.containsString(head.getUsername() + " vừa lưu tiêu chí này")))
                .andExpect(content().string(Matchers.containsString("Bản của người thứ hai")));
        assertThat(fixtures.row(roundId, "1.1").selfScore()).isEqualByComparingTo("2");
    }

    @Test
    void theDossierReadsBackAsATableAndOneFolderPerCriterionConfinedToTheReadersUnit() throws Exception {
        recording.record(roundId, fixtures.itemId(roundId, "1.1"), fixtures.version(roundId, "1.1"),
                record("2,75", List.of(justiceFile)), AssessmentFixtures.user(staff));
        recording.record(roundId, fixtures.itemId(roundId, "2.1"), fixtures.version(roundId, "2.1"),
                new vn.reformtrack.assessment.RecordCommand("1", "Chưa đủ hồ sơ", "Văn bản đang trình ký", List.of()),
                AssessmentFixtures.user(staff));
        long officeFile = fixtures.file(AssessmentFixtures.user(officeStaff), fixtures.row(roundId, "1.2").responsibleUnitId(),
                "../Báo cáo: quý 3?.pdf", "4/BC-VP");
        recording.record(roundId, fixtures.itemId(roundId, "1.2"), fixtures.version(roundId, "1.2"),
                record("3", List.of(officeFile)), AssessmentFixtures.user(officeStaff));

        List<List<String>> table = xlsx(get(round("/dossier.xlsx")), coordinator);
        assertThat(table.get(0)).startsWith("Mã", "Tiêu chí", "Điểm tối đa");
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        table.subList(1, table.size()).forEach(line -> byCode.put(line.get(0), line));
        assertThat(byCode).containsOnlyKeys("1.1", "1.2", "2.1", "2.2");
        List<String> header = table.get(0);
        List<String> first = byCode.get("1.1");
        assertThat(first.get(header.indexOf("Điểm tối đa"))).isEqualTo("3");
        assertThat(first.get(header.indexOf("Điểm tự chấm"))).isEqualTo("2.75");
        assertThat(first.get(header.indexOf("Giải trình"))).isEqualTo("Cách chấm thử");
        assertThat(first.get(header.indexOf("Tài liệu kiểm chứng (số hiệu, ngày, cơ quan ban hành)")))
                .isEqualTo("Báo cáo kết quả.pdf — 28/BC-STP, 15/03/2025, Cơ quan thử");
        assertThat(byCode.get("2.1").get(header.indexOf("Lý do không có tài liệu"))).isEqualTo("Văn bản đang trình ký");

        List<List<String>> ours = xlsx(get(round("/dossier.xlsx")), staff);
        assertThat(ours.subList(1, ours.size())).extracting(line -> line.get(0)).containsExactly("1.1", "2.1");

        Map<String, byte[]> zip = zip(coordinator);
        assertThat(zip.keySet()).hasSize(3).anyMatch(name -> name.endsWith(".xlsx") && !name.contains("/"))
                .contains("1.1/" + evidence.find(justiceFile).orElseThrow().safeFileName());
        String officeEntry = zip.keySet().stream().filter(name -> name.startsWith("1.2/")).findFirst().orElseThrow();
        assertThat(officeEntry).doesNotContain("..", ":", "?").matches("1\\.2/[^/\\\\]+\\.pdf");
        assertThat(zip.get("1.1/" + evidence.find(justiceFile).orElseThrow().safeFileName())).isEqualTo(EvidenceSamples.pdf());
        assertThat(zip(staff).keySet()).as("the unit's own criteria only").noneMatch(name -> name.startsWith("1.2/"));
    }

    @Test
    void exportingTheDossierGivesBackEveryDatabaseConnection() throws Exception {
        recording.record(roundId, fixtures.itemId(roundId, "1.1"), fixtures.version(roundId, "1.1"),
                record("2,75", List.of(justiceFile)), AssessmentFixtures.user(staff));
        int before = openConnections();
        for (int i = 0; i < 5; i++) {
            xlsx(get(round("/dossier.xlsx")), coordinator);
            zip(staff);
        }
        assertThat(openConnections()).as("no connection left open by an export").isLessThanOrEqualTo(before);
    }

    /** Connections to the test database (the test context's data source hands out real ones: a leak stays open). */
    private int openConnections() {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()")
                .query(Integer.class).single();
    }

    private String round(String path) {
        return "/assessment/rounds/" + roundId + path;
    }

    private String criterion(long item, String path) {
        return round("/criteria/" + item + path);
    }

    private MockHttpServletRequestBuilder recordPost(long item, String score, UserAccount user) {
        long version = jdbc.sql("select version from assessment_item where id = ?").param(item).query(Long.class).single();
        return recordPost(item, score, user, version);
    }

    private MockHttpServletRequestBuilder recordPost(long item, String score, UserAccount user, long version) {
        return post(criterion(item, "")).with(data.as(user)).with(csrf()).param("score", score)
                .param("explanation", "Cách chấm").param("version", String.valueOf(version));
    }

    private void expectNotFound(MockHttpServletRequestBuilder request, UserAccount user) throws Exception {
        mvc.perform(request.with(data.as(user)).with(csrf())).andExpect(status().isNotFound());
    }

    private List<List<String>> xlsx(MockHttpServletRequestBuilder request, UserAccount user) throws Exception {
        byte[] file = mvc.perform(request.with(data.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private Map<String, byte[]> zip(UserAccount user) throws Exception {
        var response = mvc.perform(get(round("/dossier.zip")).with(data.as(user))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }
}
