package vn.reformtrack.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;
import vn.reformtrack.unitindex.UnitIndexFixtures;

/**
 * A unit's people find the unit index on their home page: the latest published result (rank in the group, class) and
 * the round in progress with the unit's deadline until its head has sent the sheet. A unit in no round sees no card.
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class UnitIndexCardTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApplicationContext context;

    @Test
    void theDemoHeadSeesLastYearsPublishedIndexAndThisYearsRound() throws Exception {
        Document home = home(data.as("head"));
        assertThat(home.select("#unit-index-card")).hasSize(1);
        assertThat(home.select("#unit-index-card").text()).contains("Kết quả năm 2025", "Hạng ");
        assertThat(home.select("[data-unit-index]").text()).matches("\\d+,\\d{1,2}|\\d+");
        assertThat(home.select("#unit-index-card a").eachAttr("href")).anyMatch(href -> href.startsWith("/unit-index/units/"));
    }

    @Test
    void theRoundInProgressGivesTheUnitsDeadlineUntilItsHeadSendsTheSheet() throws Exception {
        UnitIndexFixtures fixtures = UnitIndexFixtures.of(context);
        UnitIndexFixtures.World world = fixtures.world();
        long roundId = fixtures.open(world).getId();
        UserAccount staff = data.user(Role.UNIT_STAFF, world.health().getId());
        UserAccount head = data.user(Role.UNIT_HEAD, world.health().getId());

        Document before = home(data.as(staff));
        assertThat(before.select("[data-unit-index-phase]").text()).isEqualTo("Đang tự đánh giá");
        assertThat(before.select("#unit-index-card").text()).contains("Đợt đánh giá năm " + world.year(),
                "Hạn gửi kết quả tự đánh giá").doesNotContain("Kết quả năm");
        assertThat(before.select("#unit-index-card a").attr("href"))
                .isEqualTo("/unit-index/rounds/" + roundId + "/units/" + world.health().getId());

        for (String code : new String[] {"1.1", "1.2", "2.1"}) {
            fixtures.record(roundId, UnitIndexFixtures.user(staff), code, "1", true);
        }
        fixtures.submit(roundId, UnitIndexFixtures.user(head));
        assertThat(home(data.as(head)).select("#unit-index-card").text()).contains("Đơn vị đã gửi kết quả tự đánh giá.");

        UserAccount elsewhere = data.user(Role.UNIT_HEAD, data.department("Sở không tham gia").getId());
        assertThat(home(data.as(elsewhere)).select("#unit-index-card")).isEmpty();
    }

    private Document home(RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
