package vn.reformtrack.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.reformtrack.planning.PlanRow;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.planning.TaskFilter;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.UnitTaskCounts;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** The planning lists as .xlsx, in the reader's language: the rows the page shows, without its pagination. */
@Component
class PlanningSheets {

    private static final List<String> TASK_COLUMNS = List.of("task.id", "task.plan", "task.title", "task.expectedOutput",
            "task.criteria", "task.leadUnit", "task.coordinatingUnits", "task.responsible", "task.deadlineKind",
            "task.dueDate", "task.priority", "task.progress", "task.completedOn", "task.status", "task.role",
            "task.daysOverdue");

    static final int TASK_LIMIT = 100_000;

    private final XlsxExports xlsx;
    private final MessageSource messages;
    private final TaskService tasks;

    PlanningSheets(XlsxExports xlsx, MessageSource messages, TaskService tasks) {
        this.xlsx = xlsx;
        this.messages = messages;
        this.tasks = tasks;
    }

    ResponseEntity<byte[]> plans(List<PlanRow> rows) {
        return xlsx.download("ke-hoach", "plan.list.title",
                List.of("plan.documentNumber", "plan.title", "plan.issuingBody", "plan.year", "plan.issueDate",
                        "plan.status", "plan.frameworks", "plan.taskCount", "plan.openCount", "plan.overdueCount"),
                sheet -> rows.forEach(row -> sheet.row(row.documentNumber(), row.title(), row.issuingBody(), row.year(),
                        row.issueDate(), label("PlanStatus", row.status()), row.frameworkCodes(), row.taskCount(),
                        row.openCount(), row.overdueCount())));
    }

    /**
     * Every task of the list (up to {@value #TASK_LIMIT}) as the user may see it, written into the response as the
     * rows are read from the database.
     */
    void tasks(HttpServletResponse response, String fileName, String titleKey, TaskFilter filter, CurrentUser user)
            throws IOException {
        xlsx.stream(response, fileName, titleKey, TASK_COLUMNS, sheet -> tasks.forEach(filter, user, TASK_LIMIT,
                row -> sheet.row(row.id(), row.planLabel(), row.title(), row.expectedOutput(), row.criteriaCodes(),
                        row.leadUnitName(), row.coordinatingUnitNames(), row.responsibleName(),
                        label("DeadlineKind", row.deadlineKind()), row.dueDate(), label("TaskPriority", row.priority()),
                        row.progressPercent(), row.completedOn(), label("TaskStatus", row.status()),
                        row.role() == null ? null : label("TaskRole", row.role()),
                        row.daysOverdue() == 0 ? null : row.daysOverdue())));
    }

    void unitCounts(HttpServletResponse response, List<UnitTaskCounts> rows) throws IOException {
        xlsx.stream(response, "nhiem-vu-theo-don-vi", "task.byUnit.title",
                List.of("task.unit", "task.byUnit.leading", "task.byUnit.open", "task.byUnit.overdue",
                        "task.byUnit.doneOnTime", "task.byUnit.doneLate", "task.byUnit.coordinating"),
                sheet -> rows.forEach(row -> sheet.row(row.unitName(), row.leading(), row.open(), row.overdue(),
                        row.doneOnTime(), row.doneLate(), row.coordinating())));
    }

    private String label(String enumName, Enum<?> value) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(enumName + "." + value.name(), null, value.name(), locale);
    }
}
