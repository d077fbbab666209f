package vn.reformtrack.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.reformtrack.dashboard.OverviewPage;
import vn.reformtrack.dashboard.UnitAgendaQueries;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.unitindex.UnitIndexCard;

/**
 * Each role lands on its own home page: leaders and coordinators on the province overview (the dashboards' first
 * page), unit users on what their unit has to do now and where it stands in the province's own index of its units,
 * administrators on the system's figures.
 */
@Controller
class HomeController {

    private final UnitDirectory units;
    private final UserDirectory users;
    private final OverviewPage overview;
    private final UnitAgendaQueries agenda;
    private final UnitIndexCard unitIndex;

    HomeController(UnitDirectory units, UserDirectory users, OverviewPage overview, UnitAgendaQueries agenda,
            UnitIndexCard unitIndex) {
        this.units = units;
        this.users = users;
        this.overview = overview;
        this.agenda = agenda;
        this.unitIndex = unitIndex;
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
                if (user.unitId() != null) {
                    model.addAttribute("unitIndex", unitIndex.of(user.unitId()));
                }
                yield "home/unit";
            }
            case LEADER -> {
                overview.fill(model, user);
                yield "home/leader";
            }
        };
    }
}
