package vn.reformtrack.organization.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    @Bean
    NavItem unitsMenu() {
        return new NavItem("nav.units", "/admin/units", "diagram-3", 910, Set.of("ADMIN"));
    }
}
