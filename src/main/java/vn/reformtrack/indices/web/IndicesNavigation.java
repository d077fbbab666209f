package vn.reformtrack.indices.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class IndicesNavigation {

    @Bean
    NavItem indicesMenu() {
        return new NavItem("nav.indices", "/indices", "journal-text", 100,
                Set.of("ADMIN", "COORDINATOR", "UNIT_HEAD", "UNIT_STAFF", "LEADER"));
    }
}
