package vn.reformtrack.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The task filters' unit and criterion choices (built as HTML and kept until a unit or criterion changes): every unit
 * and criterion is offered, names are escaped, the chosen ones come back selected, in the reader's language, and a
 * unit added or renamed is offered on the very next page. The list shows 25 tasks a page unless the reader picks 50 or
 * 100.
 */
@IntegrationTest
class TaskFiltersTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired Clock clock;
    @Autowired UnitService units;

    @Test
    void theFiltersOfferEveryUnitAndCriterionEscapedWithTheChosenOnesSelected() throws Exception {
        Unit odd = data.department("Sở <b>Thử</b> & \"Lọc\"");
        long criterion = new PlanningFixtures(plans, tasks, catalog).parCriterion(LocalDate.now(clock).getYear(), "7");
        UserAccount coordinator = data.user(Role.COORDINATOR, null);

        Document page = page(coordinator, "/planning/tasks?unitId=" + odd.getId() + "&criterionId=" + criterion);
        Document english = page(coordinator, "/planning/tasks?lang=en");

        assertThat(page.select("#unitId option[selected]").eachAttr("value")).containsExactly(String.valueOf(odd.getId()));
        assertThat(page.select("#unitId option[selected]").text()).isEqualTo(odd.getName());
        assertThat(page.select("#unitId b")).as("a name is text, never markup").isEmpty();
        assertThat(page.select("#criterionId option[selected]").eachAttr("value"))
                .containsExactly(String.valueOf(criterion));
        assertThat(page.select("#unitId option")).hasSizeGreaterThan(2);
        assertThat(page.select("#criterionId optgroup")).isNotEmpty();
        assertThat(english.select("#unitId option[selected], #criterionId option[selected]")).isEmpty();
        assertThat(english.select("#criterionId option").eachAttr("value"))
                .isEqualTo(page.select("#criterionId option").eachAttr("value"));
    }

    @Test
    void aUnitAddedOrRenamedIsOfferedOnTheNextPage() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        page(coordinator, "/planning/tasks");

        Unit added = data.department("Sở Mới Lập");
        Document afterAdding = page(coordinator, "/planning/tasks");
        units.update(added.getId(), added.getVersion(),
                new UnitCommand(added.getCode(), "Sở Đổi Tên " + added.getCode(), added.getType(), null));
        Document afterRenaming = page(coordinator, "/planning/tasks");

        assertThat(afterAdding.select("#unitId option[value=" + added.getId() + "]").text()).isEqualTo(added.getName());
        assertThat(afterRenaming.select("#unitId option[value=" + added.getId() + "]").text())
                .isEqualTo("Sở Đổi Tên " + added.getCode());
    }

    @Test
    void theListShowsTwentyFiveTasksAPageUnlessTheReaderPicksMore() throws Exception {
        Unit busy = data.department("Sở Nhiều Việc");
        PlanningFixtures fixtures = new PlanningFixtures(plans, tasks, catalog);
        LocalDate today = LocalDate.now(clock);
        var plan = fixtures.draft(today.getYear(), today);
        for (int i = 0; i < 30; i++) {
            fixtures.addTask(plan, busy, Set.of(), today.plusDays(30 + i));
        }
        fixtures.issue(plan);
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        String ours = "/planning/tasks?unitId=" + busy.getId();

        Document first = page(coordinator, ours);
        assertThat(first.select("tr[data-task-id]")).hasSize(25);
        assertThat(page(coordinator, ours + "&page=1").select("tr[data-task-id]")).hasSize(5);
        assertThat(page(coordinator, ours + "&size=50").select("tr[data-task-id]")).hasSize(30);
        assertThat(page(coordinator, ours + "&size=50").select("[data-page-sizes] strong[aria-current]").text())
                .isEqualTo("50");
        assertThat(first.select("[data-page-sizes] a").eachAttr("href"))
                .containsExactly(ours + "&size=50", ours + "&size=100");
        Document ofThePlan = page(coordinator, ours + "&planId=" + plan.getId());
        assertThat(ofThePlan.select("#planId option[selected]").eachAttr("value"))
                .containsExactly(String.valueOf(plan.getId()));
        assertThat(ofThePlan.select("#planId option[selected]").text()).endsWith(" · " + today.getYear());
        assertThat(first.select("#planId option[selected]")).isEmpty();
        assertThat(first.select("#planId option[value=" + plan.getId() + "]")).hasSize(1);
        for (String notOffered : new String[] {"7", "abc", "-25", "1000000"}) {
            assertThat(page(coordinator, ours + "&size=" + notOffered).select("tr[data-task-id]"))
                    .as("size=%s", notOffered).hasSize(25);
        }
    }

    private Document page(UserAccount user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(data.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
