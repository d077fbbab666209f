package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Histories say who did what by the person's name, not by the account's user name. */
@IntegrationTest
class PeopleNamesTest {

    @Autowired PeopleNames people;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aUserNameReadsAsThePersonsFullName() {
        assertThat(people.name("coordinator")).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(people.name(" Head ")).isEqualTo("Phạm Văn Dũng");
    }

    @Test
    void aNameNobodyHasIsShownAsRecorded() {
        assertThat(people.name("nightly-import")).isEqualTo("nightly-import");
        assertThat(people.name("")).isEmpty();
        assertThat(people.name(null)).isNull();
    }

    @Test
    void aReportsHistoryNamesTheHeadWhoSubmittedIt() throws Exception {
        long reportId = jdbc.sql("""
                select r.id from unit_report r join report_transition t on t.report_id = r.id
                where t.by_user = 'head' and t.kind = 'SUBMITTED' order by r.id limit 1""").query(Long.class).single();

        String html = mvc.perform(get("/reporting/reports/{id}", reportId).with(data.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("#history li[data-transition=SUBMITTED] .text-muted").eachText())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith("· Phạm Văn Dũng"));
    }
}
