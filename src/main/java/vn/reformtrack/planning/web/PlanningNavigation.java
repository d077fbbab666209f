package vn.reformtrack.planning.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

/**
 * Plans and tasks for every role: coordinators and administrators manage them (administrators may stand in for a
 * coordinator, as the services allow), leaders read, unit users see their unit's part ("Nhiệm vụ" opens on their
 * unit's tasks).
 */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

    private static final Set<String> EVERYONE = Set.of("COORDINATOR", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "ADMIN");

    @Bean
    NavItem plansMenu() {
        return new NavItem("nav.plans", "/planning/plans", "journal-check", 200, EVERYONE);
    }

    @Bean
    NavItem tasksMenu() {
        return new NavItem("nav.tasks", "/planning/tasks", "list-task", 210, EVERYONE);
    }
}
