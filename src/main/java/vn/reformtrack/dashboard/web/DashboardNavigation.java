package vn.reformtrack.dashboard.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

/** "Tổng quan" for everyone: the whole province for leaders, coordinators and administrators; a unit user's own unit. */
@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    @Bean
    NavItem dashboardMenu() {
        return new NavItem("nav.dashboard", "/dashboard", "speedometer2", 50,
                Set.of("LEADER", "COORDINATOR", "ADMIN", "UNIT_HEAD", "UNIT_STAFF"));
    }
}
