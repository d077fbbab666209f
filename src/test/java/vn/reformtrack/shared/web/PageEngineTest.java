package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The page engine keeps every main page's parsed expressions while users are on different pages: after a round of the
 * leader's and the coordinator's pages, every expression of the first pages is still kept (Thymeleaf's default of 500
 * had forgotten the first pages' by the end of the round, and parsed and compiled them again on their next view).
 */
@IntegrationTest
class PageEngineTest {

    private static final List<String> LEADERS_PAGES = List.of("/", "/dashboard", "/dashboard/progress",
            "/dashboard/league", "/dashboard/rankings", "/dashboard/annual", "/unit-index/rankings", "/results");
    private static final List<String> COORDINATORS_PAGES = List.of("/planning/tasks", "/reporting", "/reporting/grid",
            "/assessment", "/unit-index", "/planning/plans");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired SpringTemplateEngine engine;

    @Test
    void everyMainPagesExpressionsStayKeptWhileTheOthersAreViewed() throws Exception {
        UserAccount leader = data.user(Role.LEADER, null);
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        ICache<?, ?> expressions = engine.getCacheManager().getExpressionCache();
        view(leader, LEADERS_PAGES.subList(0, 1));
        Set<Object> firstPages = new HashSet<>(expressions.keySet());

        view(leader, LEADERS_PAGES);
        view(coordinator, COORDINATORS_PAGES);

        assertThat(expressions.keySet().size()).as("expressions of the main pages").isGreaterThan(500);
        assertThat(new HashSet<Object>(expressions.keySet())).as("the first page's, still kept").containsAll(firstPages);
    }

    private void view(UserAccount user, List<String> paths) throws Exception {
        SecurityContext testContext = SecurityContextHolder.getContext();
        try {
            for (String path : paths) {
                mvc.perform(get(path).with(data.as(user))).andExpect(status().isOk());
            }
        } finally {
            SecurityContextHolder.setContext(testContext);
        }
    }
}
