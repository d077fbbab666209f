package vn.reformtrack.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.TaskFilter;
import vn.reformtrack.planning.TaskListPage;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.TaskSort;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.shared.web.PageSizes;
import vn.reformtrack.shared.web.RenderedFragments;

/**
 * The task lists. Coordinators and leaders: every task, filtered by plan, unit, criterion, status and words, and the
 * overdue list. A unit user: "our tasks", those the unit leads and those it coordinates, nearest deadline first.
 * Every list exports to .xlsx with the same filters and the same confinement. The province's list renders its table
 * of a page of tasks again only when the rows differ from the last rendering's ({@link RenderedFragments}): the
 * coordinators' default list is the same page for each of them until a task changes.
 */
@Controller
@RequestMapping("/planning/tasks")
class TaskListController {

    // Lists, not arrays: RenderedFragments compares its variables by value.
    private static final List<TaskRole> UNIT_ROLES = List.of(TaskRole.values());
    private static final List<TaskPriority> PRIORITIES = List.of(TaskPriority.values());
    private static final List<DeadlineKind> DEADLINE_KINDS = List.of(DeadlineKind.values());
    private static final List<TaskSort> SORTS = List.of(TaskSort.values());

    private final TaskService tasks;
    private final PlanningOptions options;
    private final PlanningSheets sheets;
    private final UnitDirectory units;
    private final FilterOptionsHtml filterOptions;
    private final RenderedFragments fragments;

    TaskListController(TaskService tasks, PlanningOptions options, PlanningSheets sheets, UnitDirectory units,
            FilterOptionsHtml filterOptions, RenderedFragments fragments) {
        this.tasks = tasks;
        this.options = options;
        this.sheets = sheets;
        this.units = units;
        this.filterOptions = filterOptions;
        this.fragments = fragments;
    }

    @GetMapping
    String list(TaskFilter filter, BindingResult ignoredBadFilter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int leadPage, @RequestParam(defaultValue = "0") int coordinatingPage,
            @RequestParam(required = false) String size, CurrentUser user, Model model) {
        if (user.isUnitUser()) {
            return ourTasks(filter, leadPage, coordinatingPage, size, user, model);
        }
        addListModel(filter, user, model);
        model.addAttribute("filtersHtml", filtersHtml("/planning/tasks", filter, user));
        TaskListPage list = tasks.list(filter, user, PageSizes.request(page, size));
        model.addAttribute("tasks", list.tasks());
        model.addAttribute("statusCounts", list.statusCounts());
        model.addAttribute("tableHtml", fragments.html("planning/task-list-parts", "table",
                Map.of("rows", list.tasks().getContent(), "showRole", filter.unitId() != null)));
        return "planning/task-list";
    }

    @GetMapping(params = "format=xlsx")
    void export(TaskFilter filter, BindingResult ignoredBadFilter, CurrentUser user, HttpServletResponse response)
            throws IOException {
        sheets.tasks(response, "nhiem-vu", user.isUnitUser() ? "task.ours.title" : "task.list.title", filter, user);
    }

    @GetMapping("/overdue")
    String overdue(TaskFilter filter, BindingResult ignoredBadFilter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String size, CurrentUser user, Model model) {
        TaskFilter overdue = filter.withStatus(TaskStatus.OVERDUE);
        addListModel(overdue, user, model);
        model.addAttribute("filtersHtml", filtersHtml("/planning/tasks/overdue", overdue, user));
        model.addAttribute("tasks", tasks.search(overdue, user, PageSizes.request(page, size)));
        return "planning/task-overdue";
    }

    @GetMapping(value = "/overdue", params = "format=xlsx")
    void exportOverdue(TaskFilter filter, BindingResult ignoredBadFilter, CurrentUser user,
            HttpServletResponse response) throws IOException {
        sheets.tasks(response, "nhiem-vu-qua-han", "task.overdue.title", filter.withStatus(TaskStatus.OVERDUE), user);
    }

    /** For each unit, what it leads (open, overdue, done) and coordinates: where to chase first. */
    @GetMapping("/by-unit")
    String byUnit(TaskFilter filter, BindingResult ignoredBadFilter, CurrentUser user, Model model) {
        if (user.isUnitUser()) {
            return "redirect:/planning/tasks";
        }
        addListModel(filter, user, model);
        model.addAttribute("planOptionsHtml", filterOptions.plans(options.visiblePlans(user), filter.planId()));
        model.addAttribute("units", tasks.countByUnit(filter, user));
        return "planning/task-by-unit";
    }

    @GetMapping(value = "/by-unit", params = "format=xlsx")
    void exportByUnit(TaskFilter filter, BindingResult ignoredBadFilter, CurrentUser user, HttpServletResponse response)
            throws IOException {
        sheets.unitCounts(response, tasks.countByUnit(filter, user));
    }

    private String ourTasks(TaskFilter filter, int leadPage, int coordinatingPage, String size, CurrentUser user,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("unit", units.find(user.unitId()).orElse(null));
        model.addAttribute("leading", tasks.search(filter.withUnit(user.unitId(), TaskRole.LEAD), user,
                PageSizes.request(leadPage, size)));
        model.addAttribute("coordinating", tasks.search(filter.withUnit(user.unitId(), TaskRole.COORDINATING), user,
                PageSizes.request(coordinatingPage, size)));
        model.addAttribute("statusCounts", tasks.countByStatus(filter, user));
        model.addAttribute("taskStatuses", TaskStatus.values());
        return "planning/our-tasks";
    }

    private void addListModel(TaskFilter filter, CurrentUser user, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("taskStatuses", TaskStatus.values());
        model.addAttribute("canManage", user.canManageProvince());
    }

    /**
     * The filter bar, rendered once for what it shows (its choices and options, the language): some 150 expressions,
     * a third of the list's rendering when Thymeleaf evaluated them on every view.
     */
    private String filtersHtml(String action, TaskFilter filter, CurrentUser user) {
        return fragments.html("planning/task-list-parts", "filters", Map.of(
                "action", action,
                "filter", filter,
                "planOptionsHtml", filterOptions.plans(options.visiblePlans(user), filter.planId()),
                "unitOptionsHtml", filterOptions.units(filter.unitId()),
                "criterionOptionsHtml", filterOptions.criteria(filter.criterionId()),
                "unitRoles", UNIT_ROLES,
                "priorities", PRIORITIES,
                "deadlineKinds", DEADLINE_KINDS,
                "sorts", SORTS));
    }
}
