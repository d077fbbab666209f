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

/**
 * The application's files are served from /assets only (spring.mvc.static-path-pattern), WebJars from /webjars: every
 * file the layout, the error pages and the modules' pages link to is there, signed in or not, and pages link to them
 * by content-versioned addresses.
 */
@IntegrationTest
class StaticFilesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyStaticFileAndWebJarThePagesUseIsServed() throws Exception {
        for (String path : new String[] {"/assets/css/app.css", "/assets/css/planning.css", "/assets/css/reporting.css",
            "/assets/css/dashboard.css", "/assets/css/assessment.css", "/assets/js/app.js", "/assets/js/evidence.js",
            "/assets/js/planning.js", "/assets/js/reporting.js", "/assets/js/dashboard.js", "/assets/img/favicon.svg",
            "/assets/img/logo.svg", "/webjars/bootstrap/dist/css/bootstrap.min.css",
            "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/chart.js/dist/chart.umd.min.js", "/webjars/bootstrap-icons/icons/house.svg"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void pagesLinkTheirFilesByAddressesThatChangeWithTheContentAndAreServed() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        String stylesheet = page.select("link[rel=stylesheet][href^=/assets/]").attr("href");
        String script = page.select("script[src^=/assets/]").attr("src");
        assertThat(stylesheet).matches("/assets/css/app-[0-9a-f]{32}\\.css");
        assertThat(script).matches("/assets/js/app-[0-9a-f]{32}\\.js");
        assertThat(page.select("link[href^=/webjars/bootstrap/]").attr("href")).matches("/webjars/bootstrap/\\d[^/]*/.+");
        mvc.perform(get(stylesheet)).andExpect(status().isOk());
        mvc.perform(get(script)).andExpect(status().isOk());
    }

    @Test
    void aPathOutsideTheStaticFoldersIsAPageNotAFile() throws Exception {
        // Was a static lookup over the whole class path with the default /**; now the page's own handler (sign-in).
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets/css/no-such-file.css")).andExpect(status().isNotFound());
    }
}
