package vn.reformtrack.settings.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class SettingsNavigation {

    @Bean
    NavItem settingsMenu() {
        return new NavItem("nav.settings", "/admin/settings", "gear", 920, Set.of("ADMIN"));
    }
}
