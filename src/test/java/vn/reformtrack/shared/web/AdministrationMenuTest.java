package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The "Quản trị" entry groups the administration pages and the audit trail, and is marked on any of them. */
@IntegrationTest
class AdministrationMenuTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void theGroupHoldsTheAdministrationPagesAndIsMarkedOnThemOnly() throws Exception {
        Document users = page("admin", "/admin/users");
        assertThat(users.select("#adminMenu").hasClass("active")).isTrue();
        assertThat(users.select("ul[aria-labelledby=adminMenu] a").eachAttr("href"))
                .contains("/admin/users", "/admin/units", "/admin/settings", "/admin/calendar", "/admin/mail", "/audit");
        assertThat(page("admin", "/audit").select("#adminMenu").hasClass("active")).isTrue();
        assertThat(page("admin", "/").select("#adminMenu").hasClass("active")).isFalse();
        // A coordinator's group holds the audit trail alone.
        assertThat(page("coordinator", "/audit").select("ul[aria-labelledby=adminMenu] a").eachAttr("href"))
                .containsExactly("/audit");
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(data.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
