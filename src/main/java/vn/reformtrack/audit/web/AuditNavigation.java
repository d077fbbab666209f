package vn.reformtrack.audit.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditMenu() {
        return new NavItem("nav.audit", "/audit", "journal-text", 940, Set.of("ADMIN", "COORDINATOR"));
    }
}
