package vn.reformtrack.unitindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.Spreadsheets;
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
 * Imports and the timetable over HTTP: a survey file with unknown units and criteria, figures off the scale and samples
 * that are not a number of people; a criteria set whose file names unknown parents and departments or makes children
 * exceed their parent; two members saving one line at once; explanations outside the window; recording after the
 * deadline. Each gets its message on the page, and nothing is saved.
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class UnitIndexInputTest {

    @Autowired MockMvc mvc;
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

    UnitIndexFixtures fixtures;
    UnitIndexFixtures.World world;
    long roundId;
    UserAccount coordinator;
    UserAccount justiceStaff;
    UserAccount justiceHead;
    UserAccount lawMember;
    jakarta.servlet.http.Cookie sessionCookie;

    @BeforeEach
    void aRound() {
        fixtures = new UnitIndexFixtures(groups, sets, rounds, council, scoring, appraisal, contests, survey, evidence,
                jdbc, data, clock);
        world = fixtures.world();
        roundId = fixtures.open(world).getId();
        coordinator = data.user(Role.COORDINATOR, null);
        justiceStaff = data.user(Role.UNIT_STAFF, world.justice().getId());
        justiceHead = data.user(Role.UNIT_HEAD, world.justice().getId());
        lawMember = data.user(Role.UNIT_STAFF, world.health().getId());
        council.add(roundId, lawMember.getId(), council.areas(roundId).stream().filter(a -> a.code().equals("1"))
                .map(CouncilArea::id).collect(Collectors.toSet()), "Sở Tư pháp chưa cử người thẩm định",
                UnitIndexFixtures.COORDINATOR);
    }

    @Test
    void aSurveyFileWithUnknownUnitsCriteriaAndBadFiguresSavesNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        byte[] file = Spreadsheets.xlsx(List.of("Đơn vị", "Mã tiêu chí", "Kết quả điều tra", "Cỡ mẫu"), List.of(
                Spreadsheets.row(world.justice().getCode(), "3.1", "80", "350"),
                Spreadsheets.row("Sở Không Có", "3.1", "80", "350"),
                Spreadsheets.row(world.health().getCode(), "9.9", "80", "350"),
                Spreadsheets.row(world.health().getCode(), "1.1", "80", "350"),
                Spreadsheets.row(world.commune().getCode(), "3.1", "120", "1,5"),
                Spreadsheets.row(world.justice().getCode(), "3.1", "75", "300")));
        Document preview = Jsoup.parse(mvc.perform(multipart("/unit-index/rounds/" + roundId + "/survey")
                        .file(new MockMultipartFile("file", "dieu-tra.xlsx", "application/octet-stream", file))
                        .session(session).with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(preview.select("#import-confirm")).isEmpty();
        String errors = preview.select("[data-row-error]").text();
        assertThat(errors).contains("Sở Không Có", "9.9", "1.1", "120", "1,5", "3");
        assertThat(preview.select("[data-errors-of]").eachAttr("data-errors-of")).containsExactly("4", "5", "6", "7", "8");
        mvc.perform(post("/unit-index/rounds/" + roundId + "/survey/confirm").session(session).param("token", "x")
                .with(data.as(coordinator)).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from unit_index_score where round_id = ? and survey_value is not null")
                .param(roundId).query(Long.class).single()).isZero();
    }

    @Test
    void aSetFileWithUnknownParentsOrDepartmentsOrChildrenOverTheirParentSavesNothing() throws Exception {
        int year = UnitIndexFixtures.nextYear();
        long version = sets.create(world.departments().getId(), new VersionCommand("Bộ nhập " + TestData.unique("v"),
                "77/QĐ-UBND", null, year, null, new BigDecimal("100")), UnitIndexFixtures.COORDINATOR).id();
        List<String> header = List.of("Mã tiêu chí", "Mã tiêu chí cha", "Tên tiếng Việt", "Loại", "Điểm tối đa", "Đơn vị chủ trì");
        MockHttpSession session = new MockHttpSession();
        Document refused = upload(version, session, Spreadsheets.xlsx(header, List.of(
                Spreadsheets.row("1", "", "Cải cách thể chế", "", "10", world.justice().getCode()),
                Spreadsheets.row("1.1", "1", "Ban hành văn bản", "", "6", ""),
                Spreadsheets.row("1.2", "1", "Theo dõi thi hành", "", "6", ""),
                Spreadsheets.row("2.1", "2", "Mồ côi", "", "3", ""),
                Spreadsheets.row("3", "", "Lĩnh vực", "Điểm lạ", "5", "Sở Không Có"))));
        assertThat(refused.select("#import-confirm")).isEmpty();
        assertThat(refused.select("[data-row-error]").text()).contains("2", "Điểm lạ", "Sở Không Có");
        assertThat(sets.ofVersion(version).nodes()).isEmpty();

        Document exceeding = upload(version, session, Spreadsheets.xlsx(header, List.of(
                Spreadsheets.row("1", "", "Cải cách thể chế", "", "10", world.justice().getCode()),
                Spreadsheets.row("1.1", "1", "Ban hành văn bản", "", "6", ""),
                Spreadsheets.row("1.2", "1", "Theo dõi thi hành", "", "6", ""))));
        assertThat(exceeding.select("[data-row-error]").text()).contains("12", "10");
        assertThat(sets.ofVersion(version).nodes()).isEmpty();

        Document good = upload(version, session, Spreadsheets.xlsx(header, List.of(
                Spreadsheets.row("1", "", "Cải cách thể chế", "", "10", world.justice().getCode()),
                Spreadsheets.row("1.1", "1", "Ban hành văn bản", "", "4", ""),
                Spreadsheets.row("1.2", "1", "Theo dõi thi hành", "", "6", ""),
                Spreadsheets.row("9", "", "Điểm thưởng", "Điểm thưởng", "2", ""),
                Spreadsheets.row("9.1", "9", "Sáng kiến", "", "2", ""),
                Spreadsheets.row("9.2", "9", "Mô hình mới", "", "2", ""))));
        assertThat(good.select("[data-row-error]").text() + good.select("[data-file-error]").text()).isEmpty();
        String token = good.select("#import-confirm input[name=token]").val();
        // Sessions live in PostgreSQL (Spring Session): the pending import is found through the session's cookie.
        mvc.perform(post("/unit-index/sets/" + version + "/import/confirm").cookie(sessionCookie)
                .param("token", token).with(data.as(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(sets.ofVersion(version).nodes()).extracting(node -> node.code() + " " + node.part())
                .containsExactly("1 SELF_SCORED", "1.1 SELF_SCORED", "1.2 SELF_SCORED", "9 BONUS", "9.1 BONUS", "9.2 BONUS");
    }

    @Test
    void twoMembersSavingOneLineAtOnceTheSecondSeesTheFirstAndKeepsWhatItTyped() throws Exception {
        fixtures.record(roundId, UnitIndexFixtures.user(justiceStaff), "1.1", "4", true);
        fixtures.record(roundId, UnitIndexFixtures.user(justiceStaff), "1.2", "6", true);
        fixtures.record(roundId, UnitIndexFixtures.user(justiceStaff), "2.1", "9", true);
        fixtures.submit(roundId, UnitIndexFixtures.user(justiceHead));
        long line = fixtures.scoreId(roundId, world.justice().getId(), "1.2");
        String seen = String.valueOf(fixtures.version(line));
        mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/appraisal").with(data.as(lawMember))
                .with(csrf()).param("decision", "SET").param("score", "5").param("reason", "Thiếu báo cáo quý IV")
                .param("version", seen)).andExpect(status().is3xxRedirection());

        Document second = Jsoup.parse(mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/appraisal")
                        .with(data.as(coordinator)).with(csrf()).param("decision", "SET").param("score", "4,5")
                        .param("reason", "Chỉ đạt một phần").param("version", seen))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(second.select("#conflict [data-conflict-appraised]").text()).isEqualTo("5");
        assertThat(second.select("#appraisal-score").val()).isEqualTo("4,5");
        assertThat(second.select("#appraisal-reason").text()).isEqualTo("Chỉ đạt một phần");
        assertThat(jdbc.sql("select appraised_score from unit_index_score where id = ?").param(line)
                .query(BigDecimal.class).single()).isEqualByComparingTo("5");
    }

    @Test
    void explanationsOnlyWithinTheWindowAndOnlyByTheHead() throws Exception {
        fixtures.record(roundId, UnitIndexFixtures.user(justiceStaff), "1.1", "4", true);
        fixtures.record(roundId, UnitIndexFixtures.user(justiceStaff), "1.2", "6", true);
        fixtures.record(roundId, UnitIndexFixtures.user(justiceStaff), "2.1", "9", true);
        fixtures.submit(roundId, UnitIndexFixtures.user(justiceHead));
        fixtures.windowClosed(roundId);
        for (String code : List.of("1.1", "1.2", "2.1")) {
            fixtures.accept(roundId, world.justice().getId(), code, UnitIndexFixtures.COORDINATOR);
        }
        for (var unit : List.of(world.health(), world.commune())) {
            for (String code : List.of("1.1", "1.2", "2.1")) {
                fixtures.set(roundId, unit.getId(), code, "0", "Đơn vị không gửi phiếu", UnitIndexFixtures.COORDINATOR);
            }
        }
        long line = fixtures.scoreId(roundId, world.justice().getId(), "1.2");
        rounds.publishPreliminary(roundId, jdbc.sql("select version from unit_index_round where id = ?").param(roundId)
                .query(Long.class).single(), UnitIndexFixtures.COORDINATOR);

        Document late = Jsoup.parse(mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/contest")
                        .with(data.as(justiceHead)).with(csrf()).param("explanation", "Đề nghị xem xét lại"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(late.select("#refusal").text()).contains("Chỉ giải trình trong thời gian");
        fixtures.windowOpen(roundId);
        mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/contest").with(data.as(justiceStaff))
                .with(csrf()).param("explanation", "Đề nghị xem xét lại")).andExpect(status().isForbidden());
        Document empty = Jsoup.parse(mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/contest")
                        .with(data.as(justiceHead)).with(csrf()).param("explanation", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("#explanation").hasClass("is-invalid")).isTrue();
        // Too long: refused and shown again as typed — a leading line break, markup and Vietnamese letters kept, the
        // letters written as themselves (not as "&aacute;"), the markup escaped.
        String typed = "\nĐã gửi <b>báo cáo</b> & tài liệu. " + "x".repeat(4000);
        String tooLong = mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/contest")
                        .with(data.as(justiceHead)).with(csrf()).param("explanation", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tooLong).select("textarea#explanation").first().wholeText()).isEqualTo(typed);
        assertThat(Jsoup.parse(tooLong).select("textarea#explanation").hasClass("is-invalid")).isTrue();
        assertThat(tooLong).contains("Đã gửi &lt;b&gt;báo cáo&lt;/b&gt; &amp; tài liệu.").doesNotContain("&aacute;");
        assertThat(jdbc.sql("select count(*) from unit_index_contest where round_id = ?").param(roundId)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line + "/contest").with(data.as(justiceHead))
                .with(csrf()).param("explanation", "Đề nghị xem xét lại")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from unit_index_contest where round_id = ?").param(roundId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void recordingAfterTheDeadlineIsRefusedWithTheDate() throws Exception {
        LocalDate today = LocalDate.now(clock);
        fixtures.timetable(roundId, today.minusDays(1), today.plusDays(5), today.plusDays(6), today.plusDays(10),
                today.plusDays(12));
        long line = fixtures.scoreId(roundId, world.justice().getId(), "1.1");
        Document page = Jsoup.parse(mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + line)
                        .with(data.as(justiceStaff)).with(csrf()).param("score", "4")
                        .param("version", String.valueOf(fixtures.version(line))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#refusal").text()).contains("Đã quá hạn tự đánh giá",
                today.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(jdbc.sql("select self_score from unit_index_score where id = ?").param(line)
                .query(BigDecimal.class).optional()).isEmpty();
        Document sheet = Jsoup.parse(mvc.perform(get("/unit-index/rounds/" + roundId).with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sheet.select("#late-units [data-late-unit]")).hasSize(3);
        mvc.perform(get("/unit-index/rounds/" + roundId + "/results/decision.docx").with(data.as(coordinator)))
                .andExpect(status().isNotFound());
    }

    private Document upload(long version, MockHttpSession session, byte[] file) throws Exception {
        var response = mvc.perform(multipart("/unit-index/sets/" + version + "/import")
                        .file(new MockMultipartFile("file", "bo-tieu-chi.xlsx", "application/octet-stream", file))
                        .session(session).with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse();
        sessionCookie = response.getCookie("RTSESSION");
        return Jsoup.parse(response.getContentAsString());
    }
}
