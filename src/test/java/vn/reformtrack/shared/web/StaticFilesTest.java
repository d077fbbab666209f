package vn.reformtrack.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;

/**
 * Static files are served from /css, /js and /img only (spring.mvc.static-path-pattern), WebJars from /webjars: every
 * file the layout, the error pages and the modules' pages link to is still there, signed in or not.
 */
@IntegrationTest
class StaticFilesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyStaticFileAndWebJarThePagesUseIsServed() throws Exception {
        for (String path : new String[] {"/css/app.css", "/css/planning.css", "/css/reporting.css", "/css/dashboard.css",
            "/js/app.js", "/js/evidence.js", "/js/planning.js", "/js/reporting.js", "/js/dashboard.js",
            "/img/favicon.svg", "/img/logo.svg", "/webjars/bootstrap/dist/css/bootstrap.min.css",
            "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/chart.js/dist/chart.umd.min.js", "/webjars/bootstrap-icons/icons/house.svg"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void aPathOutsideTheStaticFoldersIsAPageNotAFile() throws Exception {
        // Was a static lookup over the whole class path with the default /**; now the page's own handler (sign-in).
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
    }
}
