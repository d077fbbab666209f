package vn.reformtrack.assessment.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

/**
 * "Tự đánh giá" for every role: coordinators run the rounds, units record their criteria, leaders read the projection;
 * administrators may stand in for a coordinator, as the services allow (as in planning).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

    @Bean
    NavItem assessmentMenu() {
        return new NavItem("nav.assessment", "/assessment", "clipboard-check", 400,
                Set.of("COORDINATOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "ADMIN"));
    }
}
