package vn.reformtrack.assessment.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.reformtrack.assessment.AssessmentQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * Where a round is heading, for province-wide readers (leaders, coordinators, administrators): projected total and its
 * parts, per-area change, targets, rank, most open criteria. A unit sees its own criteria, not the province's total.
 */
@Controller
class ProjectionController {

    private final RoundService rounds;
    private final AssessmentQueries queries;

    ProjectionController(RoundService rounds, AssessmentQueries queries) {
        this.rounds = rounds;
        this.queries = queries;
    }

    @GetMapping("/assessment/rounds/{id}/projection")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        rounds.get(id, user);
        if (!user.isProvinceWide()) {
            throw new NotFoundException("Projection of round", id);
        }
        model.addAttribute("projection", queries.projection(id).orElseThrow(() -> new NotFoundException("Round", id)));
        return "assessment/projection";
    }
}
