package vn.reformtrack.results.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class ResultsNavigation {

    @Bean
    NavItem resultsMenu() {
        return new NavItem("nav.results", "/results", "bar-chart-line", 110,
                Set.of("ADMIN", "COORDINATOR", "UNIT_HEAD", "UNIT_STAFF", "LEADER"));
    }
}
