package vn.reformtrack.unitindex.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.unitindex.CouncilArea;
import vn.reformtrack.unitindex.QueueFilter;
import vn.reformtrack.unitindex.QueueQueries;
import vn.reformtrack.unitindex.QueueRow;
import vn.reformtrack.unitindex.QueueState;
import vn.reformtrack.unitindex.UnitIndexAppraisal;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * A council member's queue across all units: their areas (every area for Home Affairs), filtered by group, unit,
 * area and state, a page at a time; a unit's waiting scores of one area accepted in one go. Anyone else has no queue.
 * A member's own unit's lines are not in it: the chair or another member appraises them.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}/queue")
class QueueController {

    static final int PAGE_SIZE = 50;
    /** With one unit chosen, all its lines fit one page, so that an area's bulk acceptance covers all of them. */
    static final int UNIT_PAGE_SIZE = 250;

    /** An area of the chosen unit with its lines waiting for an appraisal that the unit scored. */
    record BulkArea(CouncilArea area, List<QueueRow> waiting) {}

    private final UnitIndexRounds rounds;
    private final UnitRoundQueries roundQueries;
    private final QueueQueries queue;
    private final UnitIndexCouncil council;
    private final UnitIndexAppraisal appraisal;

    QueueController(UnitIndexRounds rounds, UnitRoundQueries roundQueries, QueueQueries queue, UnitIndexCouncil council,
            UnitIndexAppraisal appraisal) {
        this.rounds = rounds;
        this.roundQueries = roundQueries;
        this.queue = queue;
        this.council = council;
        this.appraisal = appraisal;
    }

    @GetMapping
    String show(@PathVariable long roundId, QueueFilter filter, BindingResult ignoredBadFilter,
            @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        Set<Long> areas = areasOf(roundId, user);
        UnitIndexRound round = rounds.get(roundId);
        model.addAttribute("round", round);
        model.addAttribute("user", user);
        model.addAttribute("filter", filter);
        int size = filter.unitId() != null ? UNIT_PAGE_SIZE : PAGE_SIZE;
        Long ownUnit = user.unitId() != null && council.conflicted(user, round, user.unitId()) ? user.unitId() : null;
        model.addAttribute("ownUnitLeftOut", ownUnit != null);
        Page<QueueRow> rows = queue.queue(roundId, areas, ownUnit, filter, PageRequest.of(Math.max(0, page), size));
        model.addAttribute("rows", rows);
        List<CouncilArea> allAreas = council.areas(roundId);
        List<CouncilArea> mine = areas == null ? allAreas : allAreas.stream().filter(a -> areas.contains(a.id())).toList();
        model.addAttribute("areas", mine);
        if (filter.unitId() != null) {
            model.addAttribute("bulk", mine.stream()
                    .map(area -> new BulkArea(area, rows.getContent().stream()
                            .filter(row -> row.areaId() == area.id() && row.state() == QueueState.TO_APPRAISE
                                    && row.selfScore() != null)
                            .toList()))
                    .filter(bulk -> !bulk.waiting().isEmpty())
                    .toList());
        }
        model.addAttribute("groups", roundQueries.groups(roundId));
        model.addAttribute("units", roundQueries.units(roundId));
        model.addAttribute("states", QueueState.values());
        model.addAttribute("member", council.membership(roundId, user.id()).orElse(null));
        return "unitindex/queue";
    }

    /**
     * Accepts the waiting scores of one unit's area as the page showed them: {@code v<id>} parameters carry each
     * line's version.
     */
    @PostMapping("/accept-area")
    String acceptArea(@PathVariable long roundId, @RequestParam long unitId, @RequestParam long areaId,
            @RequestParam(defaultValue = "") String back, CurrentUser user, HttpServletRequest request,
            RedirectAttributes redirect) {
        areasOf(roundId, user);
        Map<Long, Long> versions = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.matches("v\\d{1,18}") && values.length == 1 && values[0].matches("\\d{1,18}")) {
                versions.put(Long.parseLong(name.substring(1)), Long.parseLong(values[0]));
            }
        });
        try {
            int accepted = appraisal.acceptArea(roundId, unitId, areaId, versions, user);
            FlashMessage.success(redirect, "unitindex.appraisal.areaAccepted", accepted);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "unitindex.appraisal.error.areaChanged");
        }
        String query = back.startsWith("?") && !back.contains("//") ? back : "";
        return "redirect:/unit-index/rounds/" + roundId + "/queue" + query;
    }

    /** The user's areas (null: all, for Home Affairs); nobody else has a queue. */
    private Set<Long> areasOf(long roundId, CurrentUser user) {
        Set<Long> areas = council.areasOf(user, roundId);
        if (areas == null) {
            return null;
        }
        if (council.membership(roundId, user.id()).isEmpty()) {
            if (user.isProvinceWide()) {
                throw new org.springframework.security.access.AccessDeniedException(user.username() + " has no queue");
            }
            throw new NotFoundException("Queue of round", roundId);
        }
        return areas;
    }
}
