package vn.reformtrack.notification.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    @Bean
    NavItem outboxMenu() {
        return new NavItem("nav.outbox", "/admin/mail", "envelope", 935, Set.of("ADMIN"));
    }
}
