package vn.reformtrack.identity.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem usersMenu() {
        return new NavItem("nav.users", "/admin/users", "people", 900, Set.of("ADMIN"));
    }
}
