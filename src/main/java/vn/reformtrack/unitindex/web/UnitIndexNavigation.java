package vn.reformtrack.unitindex.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

/**
 * "Chỉ số CCHC đơn vị" for every role: Home Affairs runs the rounds, units score themselves and read their results,
 * council members appraise, leaders read the rankings.
 */
@Configuration(proxyBeanMethods = false)
class UnitIndexNavigation {

    @Bean
    NavItem unitIndexMenu() {
        return new NavItem("nav.unitIndex", "/unit-index", "award", 420,
                Set.of("COORDINATOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "ADMIN"));
    }
}
