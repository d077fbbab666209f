package vn.reformtrack.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** A plan's target names its index in the reader's language, on the plan's page and in the annual view. */
@IntegrationTest
class TargetNamesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired TargetService targets;
    @Autowired IndexCatalog catalog;
    @Autowired Clock clock;

    @Test
    void aTargetNamesItsIndexInTheReadersLanguage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        PlanningFixtures fixtures = new PlanningFixtures(plans, tasks, catalog);
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(10));
        fixtures.addTask(plan, data.department("Sở Nội vụ"), Set.of(), today.plusDays(30));
        targets.add(plan.getId(), new TargetCommand(fixtures.framework("PAR_PROVINCE"), TargetMetric.TOTAL_SCORE,
                TargetComparison.AT_LEAST, new BigDecimal("85"), null, null, null), PlanningFixtures.COORDINATOR);
        fixtures.issue(plan);
        FrameworkSummary par = catalog.framework("PAR_PROVINCE").orElseThrow();
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        UserAccount leader = data.user(Role.LEADER, null);

        Document planPage = page(get("/planning/plans/" + plan.getId()), coordinator);
        Document planPageInEnglish = page(get("/planning/plans/" + plan.getId()).param("lang", "en"), coordinator);
        Document annual = page(get("/dashboard/annual").param("year", Integer.toString(today.getYear())), leader);

        assertThat(planPage.select("[data-index=PAR_PROVINCE]").text()).isEqualTo(par.nameVi());
        assertThat(planPage.select("[data-index=PAR_PROVINCE]").attr("title")).isEqualTo("PAR_PROVINCE");
        assertThat(planPageInEnglish.select("[data-index=PAR_PROVINCE]").text()).isEqualTo(par.name(Locale.ENGLISH));
        assertThat(annual.select("#targets-table a[data-index=PAR_PROVINCE]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.text()).isEqualTo(par.nameVi()));
    }

    private Document page(MockHttpServletRequestBuilder request, UserAccount user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(data.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
