package vn.reformtrack.evidence.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class EvidenceNavigation {

    @Bean
    NavItem evidenceMenu() {
        return new NavItem("nav.evidence", "/evidence", "paperclip", 600,
                Set.of("COORDINATOR", "UNIT_HEAD", "UNIT_STAFF", "ADMIN"));
    }
}
