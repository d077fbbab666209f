package vn.reformtrack.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.reformtrack.dashboard.OverviewPage;
import vn.reformtrack.dashboard.UnitAgendaQueries;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.organization.UnitDirectory;

/**
 * Each role lands on its own home page: leaders and coordinators on the province overview (the dashboards' first
 * page), unit users on what their unit has to do now, administrators on the system's figures.
 */
@Controller
class HomeController {

    private final UnitDirectory units;
    private final UserDirectory users;
    private final OverviewPage overview;
    private final UnitAgendaQueries agenda;

    HomeController(UnitDirectory units, UserDirectory users, OverviewPage overview, UnitAgendaQueries agenda) {
        this.units = units;
        this.users = users;
        this.overview = overview;
        this.agenda = agenda;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        if (user.unitId() != null) {
            units.find(user.unitId()).ifPresent(unit -> model.addAttribute("unit", unit));
        }
        return switch (user.role()) {
            case ADMIN -> {
                model.addAttribute("activeUnits", units.countActive());
                model.addAttribute("enabledUsers", users.countEnabled());
                yield "home/admin";
            }
            case COORDINATOR -> {
                overview.fill(model, user);
                yield "home/coordinator";
            }
            case UNIT_HEAD, UNIT_STAFF -> {
                model.addAttribute("agenda", agenda.agenda(user));
                yield "home/unit";
            }
            case LEADER -> {
                overview.fill(model, user);
                yield "home/leader";
            }
        };
    }
}
