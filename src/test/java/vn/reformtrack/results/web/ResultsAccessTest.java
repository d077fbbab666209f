package vn.reformtrack.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.results.ResultCommand;
import vn.reformtrack.results.ResultEditor;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.Spreadsheets;
import vn.reformtrack.support.TestData;

/**
 * Everyone signed in reads catalogs and results; only coordinators and administrators change them, whatever URL is
 * sent (the real security configuration, method security on the services and controllers), and never without CSRF.
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class ResultsAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ResultEditor results;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    JdbcClient jdbc;

    String framework;
    long versionId;
    long criterionId;
    long resultId;
    Unit unit;

    @BeforeEach
    void aNationalIndexWithAResult() {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        framework = indices.nationalIndexWithVersion();
        versionId = indices.versionIdOf(framework);
        Criterion area = indices.area(versionId, "1", "10");
        criterionId = indices.child(versionId, area, "1.1", "10").getId();
        resultId = results.create(framework, 2023, new ResultCommand("22", new java.math.BigDecimal("9"), 1, null, null, null, null)).getId();
        unit = data.department("Sở đọc");
    }

    List<AbstractMockHttpServletRequestBuilder<?>> reads() {
        return List.of(get("/indices"), get("/indices").param("format", "xlsx"), get("/indices/" + framework), get("/indices/versions/" + versionId),
                get("/indices/versions/" + versionId).param("format", "xlsx"), get("/results"),
                get("/results/" + framework), get("/results/" + framework + "/2023"),
                get("/results/" + framework + "/2023").param("format", "xlsx"),
                get("/results/" + framework + "/2023/lost-points"),
                get("/results/" + framework + "/2023/lost-points").param("format", "xlsx"),
                get("/results/provinces/31"));
    }

    List<AbstractMockHttpServletRequestBuilder<?>> writes() {
        MockMultipartFile file = new MockMultipartFile("file", "bang.csv", "text/csv",
                Spreadsheets.csv(List.of("Tỉnh", "Điểm"), List.of(Spreadsheets.row("31", "8"))));
        return List.of(get("/indices/new"), post("/indices/new").param("code", "X").param("nameVi", "X").param("scale", "POINTS"),
                get("/indices/" + framework + "/edit"), post("/indices/" + framework + "/deactivate").param("version", "0"),
                get("/indices/" + framework + "/versions/new"), post("/indices/versions/" + versionId + "/retire").param("version", "0"),
                get("/indices/versions/" + versionId + "/criteria/new"), post("/indices/criteria/" + criterionId + "/up"),
                post("/indices/criteria/" + criterionId + "/retire").param("version", "0"),
                get("/indices/versions/" + versionId + "/import"),
                multipart("/indices/versions/" + versionId + "/import").file(file),
                get("/results/" + framework + "/2023/new"),
                post("/results/" + framework + "/2023/new").param("jurisdictionCode", "31").param("total", "8"),
                get("/results/entries/" + resultId + "/edit"), post("/results/entries/" + resultId + "/delete").param("version", "0"),
                get("/results/entries/" + resultId + "/scores"),
                post("/results/entries/" + resultId + "/scores").param("scores[" + criterionId + "]", "5").param("version", "0"),
                get("/results/" + framework + "/2023/import"), multipart("/results/" + framework + "/2023/import").file(file),
                post("/results/" + framework + "/2023/scores-import/confirm").param("token", "x"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"UNIT_HEAD", "UNIT_STAFF", "LEADER"})
    void unitUsersAndLeadersReadButEveryWriteIsForbidden(Role role) throws Exception {
        UserAccount reader = data.user(role, role.isUnitRole() ? unit.getId() : null);
        for (AbstractMockHttpServletRequestBuilder<?> read : reads()) {
            mvc.perform(read.with(data.as(reader))).andExpect(status().isOk());
        }
        for (AbstractMockHttpServletRequestBuilder<?> write : writes()) {
            mvc.perform(write.with(data.as(reader)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from index_result r join index_framework f on f.id = r.framework_id where f.code = ?")
                .param(framework).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select retired from framework_version where id = ?").param(versionId).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void theLostPointsPageOffersTaskAssignmentOnlyToCoordinators() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, unit.getId());
        UserAccount leader = data.user(Role.LEADER, null);
        results.saveScores(resultId, jdbc.sql("select version from index_result where id = ?").param(resultId)
                .query(Long.class).single(), java.util.Map.of(criterionId, "7,5"), java.util.Map.of());

        String url = "/results/" + framework + "/2023/lost-points";
        mvc.perform(get(url).with(data.as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/planning/tasks/new?criterionId=" + criterionId)));
        mvc.perform(get(url).with(data.as(leader))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/planning/tasks/new"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2,5")));
    }

    @Test
    void aCoordinatorsWriteWithoutCsrfIsForbidden() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, unit.getId());
        mvc.perform(post("/results/" + framework + "/2023/new").param("jurisdictionCode", "31").param("total", "8")
                .with(data.as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(post("/results/" + framework + "/2023/new").param("jurisdictionCode", "31").param("total", "8")
                .with(data.as(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void badInputComesBackAsTypedWithAMessageNeverA500() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, unit.getId());
        mvc.perform(post("/results/" + framework + "/2023/new").param("jurisdictionCode", "22").param("total", "9,5")
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("đã có kết quả năm 2023")));
        String page = mvc.perform(post("/results/" + framework + "/2023/new").param("jurisdictionCode", "31")
                        .param("total", "chín").with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).select("#total").val()).isEqualTo("chín");
        assertThat(org.jsoup.Jsoup.parse(page).select("#total-error").text()).contains("93,157");
        mvc.perform(post("/results/entries/" + resultId + "/scores").param("scores[" + criterionId + "]", "11")
                        .param("version", "0").with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vượt quá điểm tối đa 10")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"11\"")));
        mvc.perform(multipart("/results/" + framework + "/2023/import").file(new MockMultipartFile("file", "anh.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Spreadsheets.png()))
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("không phải bảng tính")));
    }
}
