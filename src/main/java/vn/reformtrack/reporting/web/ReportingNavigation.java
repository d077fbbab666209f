package vn.reformtrack.reporting.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

/** "Báo cáo định kỳ" for every role: unit users land on their unit's reports, the others on the periods and grid. */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavItem reportingMenu() {
        return new NavItem("nav.reporting", "/reporting", "clipboard-check", 300,
                Set.of("COORDINATOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "ADMIN"));
    }
}
