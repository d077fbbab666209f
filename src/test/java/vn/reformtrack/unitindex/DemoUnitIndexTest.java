package vn.reformtrack.unitindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The demo's unit index as the demo accounts meet it: 2024 and 2025 published (ties, a not-applicable area, an
 * explanation raised and one kept, bonus and deduction lines), 2026 open in self-assessment; the head and staff of
 * Sở Tư pháp, the coordinator, the leader and the council's members each see their part.
 */
@IntegrationTest
class DemoUnitIndexTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void thePublished2025RoundHasTiesANotApplicableAreaContestsBonusesAndDeductions() {
        long round = roundOf(2025);
        assertThat(jdbc.sql("select status from unit_index_round where id = ?").param(round).query(String.class).single())
                .isEqualTo("PUBLISHED");
        List<Map<String, Object>> ties = jdbc.sql("""
                select group_id, rank, count(*) as units from unit_index_result where round_id = ?
                group by group_id, rank having count(*) > 1""").param(round).query().listOfRows();
        assertThat(ties).hasSizeGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                select count(distinct s.unit_id) from unit_index_score s join criterion c on c.id = s.area_id
                where s.round_id = ? and not s.applicable and c.code = '3'""").param(round).query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select answer from unit_index_contest where round_id = ? order by answer").param(round)
                .query(String.class).list()).containsExactly("CHANGED", "KEPT");
        Map<String, Object> snv = jdbc.sql("""
                select r.bonus_claimed, r.bonus, r.deduction from unit_index_result r join unit u on u.id = r.unit_id
                where r.round_id = ? and u.code = 'SNV'""").param(round).query().singleRow();
        assertThat((java.math.BigDecimal) snv.get("bonus_claimed")).isEqualByComparingTo("4");
        assertThat((java.math.BigDecimal) snv.get("bonus")).isEqualByComparingTo("3");
        assertThat(jdbc.sql("""
                select r.deduction from unit_index_result r join unit u on u.id = r.unit_id
                where r.round_id = ? and u.code = 'SDL'""").param(round).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("1");
        assertThat(jdbc.sql("select count(*) from unit_index_result where round_id = ? and previous_index is not null")
                .param(round).query(Long.class).single()).isEqualTo(25);
    }

    @Test
    void the2026RoundIsOpenAndEachDemoAccountSeesItsPart() throws Exception {
        long round = roundOf(2026);
        Map<String, String> sheets = jdbc.sql("""
                select u.code, s.status from unit_index_sheet s join unit u on u.id = s.unit_id where s.round_id = ?""")
                .param(round).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(sheets).containsEntry("SNV", "SUBMITTED").containsEntry("STC", "SUBMITTED").containsEntry("STP", "DRAFT");
        long stp = jdbc.sql("select id from unit where code = 'STP'").query(Long.class).single();

        Document head = page("/unit-index", "head");
        assertThat(head.select("[data-round-year]").eachAttr("data-round-year")).contains("2026", "2025", "2024");
        assertThat(page("/unit-index/rounds/" + round + "/units/" + stp, "head").select("#submission")).isNotEmpty();
        assertThat(page("/unit-index/units/" + stp, "head").select("#unit-card [data-rank]").text()).contains("/12");
        Document queue = page("/unit-index/rounds/" + round + "/queue", "staff");
        assertThat(queue.select("[data-my-areas]").text()).contains("2");
        assertThat(queue.select("[data-state=TO_APPRAISE]")).isNotEmpty();
        assertThat(page("/unit-index/rounds/" + round, "coordinator").select("[data-sheet]")).hasSize(25);
        Document rankings = page("/unit-index/rankings?year=2025", "leader");
        assertThat(rankings.select("#rankings-heading").text()).contains("2025");
        assertThat(rankings.select("[data-risers] li")).isNotEmpty();
        assertThat(rankings.select("[data-ranked] a[href^=/unit-index/units/]")).as("a leader opens every unit's page")
                .hasSize(rankings.select("[data-ranked]").size());
        Document headsRankings = page("/unit-index/rankings?year=2025", "head");
        assertThat(headsRankings.select("[data-ranked]")).hasSameSizeAs(rankings.select("[data-ranked]"));
        assertThat(headsRankings.select("[data-ranked] a[href^=/unit-index/units/]").eachAttr("href"))
                .as("a unit head opens only their own unit's page").containsExactly("/unit-index/units/" + stp);
    }

    @Test
    void aUnitsResultsCardAndTheWayFromALostPointToNextYearsTask() throws Exception {
        long round = roundOf(2025);
        long stp = jdbc.sql("select id from unit where code = 'STP'").query(Long.class).single();
        byte[] card = mvc.perform(get("/unit-index/rounds/" + round + "/units/" + stp + "/card.docx")
                .with(data.as("head"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(card));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("PHIẾU KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025", "Sở Tư pháp",
                    "Điểm bị mất theo lĩnh vực", "Cải cách thể chế");
        }
        mvc.perform(get("/unit-index/rounds/" + round + "/units/"
                        + jdbc.sql("select id from unit where code = 'SYT'").query(Long.class).single() + "/card.docx")
                .with(data.as("head"))).andExpect(status().isNotFound());

        Document unit = page("/unit-index/units/" + stp + "?year=2025", "coordinator");
        String link = unit.select("[data-assign-task]").first().attr("href");
        assertThat(link).contains("criterionId=", "leadUnitId=" + stp);
        assertThat(page("/unit-index/units/" + stp + "?year=2025", "head").select("[data-assign-task]")).isEmpty();
        Document taskForm = page(link, "coordinator");
        assertThat(taskForm.select("#leadUnitId option[selected]").attr("value")).isEqualTo(String.valueOf(stp));
        assertThat(taskForm.select("select[name=criterionIds] option[selected]")).hasSize(1);
    }

    @Test
    void aUnitNamesItsOwnReportsAndTasksOfTheYearAsEvidenceAndNoOneElses() throws Exception {
        long round = roundOf(2026);
        long stp = jdbc.sql("select id from unit where code = 'STP'").query(Long.class).single();
        long line = jdbc.sql("""
                select s.id from unit_index_score s join criterion c on c.id = s.criterion_id
                where s.round_id = ? and s.unit_id = ? and c.code = '4.1'""").param(round).param(stp)
                .query(Long.class).single();
        Document page = page("/unit-index/rounds/" + round + "/scores/" + line, "staff");
        List<String> reports = page.select("#report-options input[name=reportIds]").eachAttr("value");
        List<String> tasks = page.select("#task-options input[name=taskIds]").eachAttr("value");
        assertThat(reports).isNotEmpty();
        assertThat(tasks).isNotEmpty();
        long otherReport = jdbc.sql("select r.id from unit_report r join unit u on u.id = r.unit_id where u.code <> 'STP' limit 1")
                .query(Long.class).single();
        long version = jdbc.sql("select version from unit_index_score where id = ?").param(line).query(Long.class).single();

        Document refused = Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/unit-index/rounds/" + round + "/scores/" + line).with(data.as("staff"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("score", "4").param("reportIds", String.valueOf(otherReport))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#report-options .text-danger").text()).isNotBlank();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/unit-index/rounds/" + round + "/scores/" + line).with(data.as("staff"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("score", "4").param("reportIds", reports.get(0)).param("taskIds", tasks.get(0))
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select kind from unit_index_score_reference where score_id = ? order by kind").param(line)
                .query(String.class).list()).containsExactly("REPORT", "TASK");
        assertThat(page("/unit-index/rounds/" + round + "/scores/" + line, "coordinator").select("[data-references] a"))
                .hasSize(2);
    }

    private Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(data.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private long roundOf(int year) {
        return jdbc.sql("select id from unit_index_round where year = ?").param(year).query(Long.class).single();
    }
}
