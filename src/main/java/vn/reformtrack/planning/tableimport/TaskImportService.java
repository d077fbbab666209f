package vn.reformtrack.planning.tableimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.TaskBatchRefused;
import vn.reformtrack.planning.TaskCommand;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.tableimport.ImportPreview.Name;
import vn.reformtrack.planning.tableimport.ImportPreview.Problem;
import vn.reformtrack.planning.tableimport.ImportPreview.Row;
import vn.reformtrack.planning.tableimport.ImportPreview.UnresolvedName;
import vn.reformtrack.planning.tableimport.TaskTableReader.Column;
import vn.reformtrack.planning.tableimport.TaskTableReader.SheetRow;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Imports a plan's task table from .xlsx in three steps: upload (the file is read and kept), preview (every row as
 * it would be saved, unit names matched, the unmatched ones left for the coordinator to choose), commit (all rows or
 * none, each checked by the same rules as the task form).
 */
@Service
@Transactional(readOnly = true)
public class TaskImportService {

    /** A coordinator's choice for a coordinating unit name that stands for no single unit: leave it out. */
    public static final long LEAVE_OUT = 0;

    /** What task_import.file_name holds. */
    static final int MAX_FILE_NAME = 300;

    private final PlanService plans;
    private final TaskService tasks;
    private final UnitDirectory units;
    private final IndexCatalog catalog;
    private final ImportStore store;

    TaskImportService(PlanService plans, TaskService tasks, UnitDirectory units, IndexCatalog catalog, ImportStore store) {
        this.plans = plans;
        this.tasks = tasks;
        this.units = units;
        this.catalog = catalog;
        this.store = store;
    }

    /** Reads the file (refused when it is not a readable task table), keeps it, and previews it. */
    @Transactional
    public ImportPreview upload(long planId, String fileName, byte[] content, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        TaskTableReader.read(content);
        long id = store.save(plan.getId(), fileName == null || fileName.isBlank() ? "tasks.xlsx" : shortened(fileName),
                content, user.username());
        return preview(planId, id, Map.of(), user);
    }

    /** The kept file as it would be imported with these choices (folded name → unit id, or {@link #LEAVE_OUT}). */
    public ImportPreview preview(long planId, long importId, Map<String, Long> choices, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        ImportStore.Upload upload = store.find(planId, importId, user.username())
                .orElseThrow(() -> new RuleViolationException("taskImport.error.expired"));
        return new Previewer(plan, choices).preview(upload);
    }

    /**
     * Creates every task of the previewed file, or none.
     *
     * @throws ImportNotReady with the preview to show again, when a name is still to be chosen or a row breaks a rule
     */
    @Transactional
    public int commit(long planId, long importId, Map<String, Long> choices, CurrentUser user) {
        ImportPreview preview = preview(planId, importId, choices, user);
        if (!preview.ready()) {
            throw new ImportNotReady(preview);
        }
        List<Row> taskRows = preview.rows().stream().filter(row -> !row.heading()).toList();
        try {
            tasks.createAll(planId, taskRows.stream().map(TaskImportService::command).toList(), preview.fileName(), user);
        } catch (TaskBatchRefused refused) {
            Row row = taskRows.get(refused.getIndex());
            row.problems().add(new Problem(refused.getViolation().getMessageKey(), refused.getViolation().getArguments()));
            throw new ImportNotReady(preview);
        }
        store.delete(importId);
        return taskRows.size();
    }

    /** A name that fits the column: its beginning, an ellipsis and its end (the extension stays). */
    static String shortened(String fileName) {
        String name = fileName.strip();
        if (name.length() <= MAX_FILE_NAME) {
            return name;
        }
        int tail = 40;
        return name.substring(0, MAX_FILE_NAME - tail - 1) + "…" + name.substring(name.length() - tail);
    }

    private Plan openPlan(long planId, CurrentUser user) {
        Plan plan = plans.get(planId, user);
        if (!user.canManageProvince()) {
            throw new org.springframework.security.access.AccessDeniedException("import is for coordinators");
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw new RuleViolationException("plan.error.closed", plan.label());
        }
        return plan;
    }

    private static TaskCommand command(Row row) {
        Set<Long> coordinating = new LinkedHashSet<>();
        row.coordinating().stream().filter(Name::matched).forEach(name -> coordinating.add(name.unitId()));
        return new TaskCommand(row.title(), null, row.output(), row.criterionIds(), row.lead().unitId(), coordinating,
                null, row.deadlineKind(), row.dueDate(), TaskPriority.NORMAL);
    }

    /** One preview: the unit tree, criteria and choices it is made against. */
    private final class Previewer {

        private final Plan plan;
        private final Map<String, Long> choices;
        private final UnitNameMatcher matcher;
        private final Map<Long, UnitRow> unitsById = new LinkedHashMap<>();
        private final CriterionCodes criteria;
        private final Map<String, UnresolvedName> unresolved = new LinkedHashMap<>();

        Previewer(Plan plan, Map<String, Long> choices) {
            this.plan = plan;
            this.choices = choices;
            List<UnitRow> all = units.tree(true);
            all.forEach(unit -> unitsById.put(unit.id(), unit));
            this.matcher = new UnitNameMatcher(all);
            List<CriterionCodes.Scope> scopes = new ArrayList<>();
            for (FrameworkSummary framework : catalog.frameworks()) {
                catalog.versionFor(framework.code(), plan.getYear()).ifPresent(version -> scopes.add(new CriterionCodes.Scope(
                        framework.code(), plan.getFrameworkIds().contains(framework.id()), catalog.tree(version.id()))));
            }
            this.criteria = new CriterionCodes(scopes);
        }

        ImportPreview preview(ImportStore.Upload upload) {
            List<Row> rows = new ArrayList<>();
            for (SheetRow sheetRow : TaskTableReader.read(upload.content())) {
                rows.add(row(sheetRow));
            }
            int taskCount = (int) rows.stream().filter(row -> !row.heading()).count();
            boolean everyNameChosen = unresolved.values().stream().allMatch(name -> name.chosenUnitId() != null
                    && (name.chosenUnitId() > 0 || !name.asLead()));
            boolean ready = taskCount > 0 && everyNameChosen && rows.stream().noneMatch(Row::hasProblems);
            return new ImportPreview(upload.id(), upload.planId(), upload.fileName(), rows,
                    List.copyOf(unresolved.values()), taskCount, ready);
        }

        private Row row(SheetRow sheet) {
            String title = sheet.get(Column.TITLE);
            if (sheet.isHeading()) {
                return new Row(sheet.rowNumber(), sheet.get(Column.NUMBER), title, null, List.of(), "", null, null, "",
                        "", Set.of(), true, List.of());
            }
            List<Problem> problems = new ArrayList<>();
            if (title.isBlank()) {
                problems.add(new Problem("task.error.titleMissing", new Object[0]));
            }
            Name lead = sheet.get(Column.LEAD).isBlank() ? null : name(sheet.get(Column.LEAD), true);
            if (lead == null) {
                problems.add(new Problem("task.error.leadMissing", new Object[0]));
            }
            List<Name> coordinating = CoordinatingNames.split(sheet.get(Column.COORDINATING), matcher).stream()
                    .map(written -> name(written, false))
                    .toList();
            DeadlineText.Reading deadline = DeadlineText.read(sheet.get(Column.DEADLINE), plan.getYear());
            if (!deadline.understood()) {
                problems.add(new Problem("taskImport.error.deadlineUnknown", new Object[] {sheet.get(Column.DEADLINE)}));
            }
            CriterionCodes.Result codes = criteria.resolve(sheet.get(Column.CRITERIA));
            codes.problems().forEach(problem -> problems.add(new Problem(problem.key(), problem.arguments())));
            if (sheet.get(Column.CRITERIA).isBlank()) {
                problems.add(new Problem("task.error.criteriaMissing", new Object[0]));
            }
            Row row = new Row(sheet.rowNumber(), sheet.get(Column.NUMBER), title, lead, coordinating,
                    sheet.get(Column.DEADLINE), deadline.kind(), deadline.date(), sheet.get(Column.OUTPUT),
                    sheet.get(Column.CRITERIA), codes.ids(), false, problems);
            boolean namesChosen = lead != null && lead.matched()
                    && coordinating.stream().allMatch(name -> name.matched() || name.leftOut());
            if (problems.isEmpty() && namesChosen) {
                try {
                    tasks.check(plan.getId(), command(row));
                } catch (RuleViolationException broken) {
                    problems.add(new Problem(broken.getMessageKey(), broken.getArguments()));
                }
            }
            return row;
        }

        /** The unit a name stands for: matched, chosen by the coordinator, or still to choose. */
        private Name name(String written, boolean asLead) {
            UnitNameMatcher.Match match = matcher.match(written);
            if (match.found()) {
                return new Name(written, match.unit().id(), match.unit().name());
            }
            String key = VietnameseText.fold(written);
            Long chosen = choices.get(key);
            boolean usable = chosen != null && (chosen == LEAVE_OUT ? !asLead : unitsById.containsKey(chosen));
            UnresolvedName previous = unresolved.get(key);
            unresolved.put(key, new UnresolvedName(key, written, asLead || (previous != null && previous.asLead()),
                    match.suggestions(), usable ? chosen : null));
            if (!usable || (asLead && chosen == LEAVE_OUT)) {
                return new Name(written, null, null);
            }
            return chosen == LEAVE_OUT ? new Name(written, LEAVE_OUT, null)
                    : new Name(written, chosen, unitsById.get(chosen).name());
        }
    }
}
