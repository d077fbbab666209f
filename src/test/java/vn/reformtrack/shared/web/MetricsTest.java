package vn.reformtrack.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Prometheus metrics on the application's port are for administrators; each page has its own request timings. */
@IntegrationTest
class MetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void onlyAnAdministratorReadsTheMetricsAndTheyTimeEachPage() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(data.as(data.user(Role.LEADER, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/login")).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus").with(data.as(data.user(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("http_server_requests_seconds_bucket")))
                .andExpect(content().string(Matchers.containsString("uri=\"/login\"")))
                .andExpect(content().string(Matchers.containsString("application=\"reformtrack\"")))
                // Each request is timed once, as a page: not again around each security filter.
                .andExpect(content().string(Matchers.not(Matchers.containsString("spring_security_"))));
    }

    @Test
    void healthProbesNeedNoAccount() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("UP")));
    }
}
