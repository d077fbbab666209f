package vn.reformtrack.planning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Data;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskCommand;

/** The task form as the browser sends it. The same rules are checked again by the service, with the plan in hand. */
@Data
class TaskForm {

    @NotNull(message = "{task.error.planMissing}")
    private Long planId;

    @NotBlank
    @Size(max = 1000)
    private String title;

    @Size(max = 4000)
    private String description;

    @Size(max = 1000)
    private String expectedOutput;

    @NotEmpty(message = "{task.error.criteriaMissing}")
    private Set<Long> criterionIds = new LinkedHashSet<>();

    @NotNull(message = "{task.error.leadMissing}")
    private Long leadUnitId;

    private Set<Long> coordinatingUnitIds = new LinkedHashSet<>();

    private Long responsibleUserId;

    @NotNull
    private DeadlineKind deadlineKind = DeadlineKind.DATE;

    private LocalDate dueDate;

    @NotNull
    private TaskPriority priority = TaskPriority.NORMAL;

    private long version;

    static TaskForm from(Task task) {
        TaskCommand command = task.command();
        TaskForm form = new TaskForm();
        form.setPlanId(task.getPlanId());
        form.setTitle(command.title());
        form.setDescription(command.description());
        form.setExpectedOutput(command.expectedOutput());
        form.setCriterionIds(new LinkedHashSet<>(command.criterionIds()));
        form.setLeadUnitId(command.leadUnitId());
        form.setCoordinatingUnitIds(new LinkedHashSet<>(command.coordinatingUnitIds()));
        form.setResponsibleUserId(command.responsibleUserId());
        form.setDeadlineKind(command.deadlineKind());
        form.setDueDate(command.dueDate());
        form.setPriority(command.priority());
        form.setVersion(task.getVersion());
        return form;
    }

    TaskCommand toCommand() {
        return new TaskCommand(title, description, expectedOutput, criterionIds, leadUnitId, coordinatingUnitIds,
                responsibleUserId, deadlineKind, deadlineKind == DeadlineKind.DATE ? dueDate : null, priority);
    }
}
