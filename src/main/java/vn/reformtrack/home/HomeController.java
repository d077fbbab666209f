package vn.reformtrack.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.organization.UnitDirectory;

/** Each role lands on its own home page. */
@Controller
class HomeController {

    private final UnitDirectory units;
    private final UserDirectory users;

    HomeController(UnitDirectory units, UserDirectory users) {
        this.units = units;
        this.users = users;
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
            case COORDINATOR -> "home/coordinator";
            case UNIT_HEAD, UNIT_STAFF -> "home/unit";
            case LEADER -> "home/leader";
        };
    }
}
