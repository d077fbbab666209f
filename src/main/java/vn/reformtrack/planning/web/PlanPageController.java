package vn.reformtrack.planning.web;

import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.organization.UnitType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanChange;
import vn.reformtrack.planning.PlanHistory;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.planning.TaskFilter;
import vn.reformtrack.planning.TaskListPage;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.planning.TaskSummary;
import vn.reformtrack.shared.web.PageSizes;

/**
 * A plan's own page: its header, its targets judged against the results, its tasks (a unit user: only their unit's)
 * and, for coordinators and leaders, the history of its amendments.
 */
@Controller
@RequestMapping("/planning/plans/{id}")
class PlanPageController {

    static final int HISTORY_LINES = 50;

    private final PlanService plans;
    private final TargetService targets;
    private final TaskService tasks;
    private final PlanHistory history;
    private final PlanningQueries queries;
    private final IndexCatalog catalog;
    private final EvidenceStore evidence;
    private final UnitDirectory units;

    PlanPageController(PlanService plans, TargetService targets, TaskService tasks, PlanHistory history,
            PlanningQueries queries, IndexCatalog catalog, EvidenceStore evidence, UnitDirectory units) {
        this.evidence = evidence;
        this.units = units;
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.history = history;
        this.queries = queries;
        this.catalog = catalog;
    }

    @GetMapping
    String show(@PathVariable long id, TaskFilter filter, BindingResult ignoredBadFilter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String size, CurrentUser user,
            Model model) {
        Plan plan = plans.get(id, user);
        TaskFilter planTasks = filter.withPlan(id);
        model.addAttribute("plan", plan);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("planFrameworks", catalog.frameworks().stream()
                .filter(framework -> plan.getFrameworkIds().contains(framework.id()))
                .map(framework -> framework.name(locale))
                .toList());
        model.addAttribute("indexNames", catalog.frameworkNames(locale));
        model.addAttribute("targets", targets.evaluate(plan));
        model.addAttribute("filter", planTasks);
        TaskListPage list = tasks.list(planTasks, user, PageSizes.request(page, size));
        model.addAttribute("tasks", list.tasks());
        model.addAttribute("statusCounts", list.statusCounts());
        model.addAttribute("taskStatuses", TaskStatus.values());
        model.addAttribute("canManage", user.canManageProvince() && plan.getStatus() != PlanStatus.CLOSED);
        model.addAttribute("user", user);
        model.addAttribute("signedDocument",
                plan.getSignedDocumentId() == null ? null : evidence.find(plan.getSignedDocumentId()).orElse(null));
        model.addAttribute("documentOwnerUnitId", documentOwner(user));
        if (user.isProvinceWide()) {
            List<PlanChange> changes = history.ofPlan(id, HISTORY_LINES);
            model.addAttribute("history", changes);
            model.addAttribute("historyTotal", history.countOfPlan(id));
            model.addAttribute("taskTitles", taskTitles(changes));
        }
        return "planning/plan";
    }

    /** The signed document goes to the uploader's unit's library, or to the provincial committee's. */
    private Long documentOwner(CurrentUser user) {
        if (user.unitId() != null) {
            return user.unitId();
        }
        return units.tree(false).stream()
                .filter(unit -> unit.depth() == 0 && unit.type() == UnitType.PROVINCE_PC)
                .map(UnitRow::id)
                .findFirst()
                .orElse(null);
    }

    private Map<Long, String> taskTitles(List<PlanChange> changes) {
        List<Long> ids = changes.stream().map(PlanChange::getTaskId).filter(Objects::nonNull).distinct().toList();
        return queries.tasks(ids).stream().collect(Collectors.toMap(TaskSummary::id, TaskSummary::title));
    }
}
