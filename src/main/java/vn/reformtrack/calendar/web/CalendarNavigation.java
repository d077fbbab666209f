package vn.reformtrack.calendar.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavItem calendarMenu() {
        return new NavItem("nav.calendar", "/admin/calendar", "calendar3", 930, Set.of("ADMIN"));
    }
}
