package vn.reformtrack.unitindex.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * The module's first page: for Home Affairs and leaders every round with its progress; for a unit's staff and head
 * their unit's sheets and results; for council members the rounds they appraise.
 */
@Controller
class UnitIndexHomeController {

    private final UnitRoundQueries rounds;
    private final Clock clock;

    UnitIndexHomeController(UnitRoundQueries rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @GetMapping("/unit-index")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("today", LocalDate.now(clock));
        if (user.isProvinceWide()) {
            model.addAttribute("rounds", rounds.rounds());
        } else if (user.unitId() != null) {
            model.addAttribute("rounds", rounds.roundsOf(user.unitId()));
        }
        model.addAttribute("councilRounds", rounds.roundsOfMember(user.id()));
        return "unitindex/home";
    }
}
