package vn.reformtrack.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The rules a task must keep before it is written, each refusal naming the form field it belongs to. What a task
 * already had is not re-judged: a unit deactivated or a criterion retired after the task was set keeps it valid,
 * but neither can be newly chosen.
 */
@Component
class TaskRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int MAX_TITLE = 1000;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_OUTPUT = 1000;

    private final UnitDirectory units;
    private final UserDirectory users;
    private final IndexCatalog catalog;

    TaskRules(UnitDirectory units, UserDirectory users, IndexCatalog catalog) {
        this.units = units;
        this.users = users;
        this.catalog = catalog;
    }

    /**
     * @param before what the task had, or null for a new task
     * @return the due date the task gets: the date, or the end of the plan's year for recurring and all-year work
     */
    LocalDate check(Plan plan, TaskCommand command, TaskCommand before) {
        if (command.title() == null || command.title().isBlank()) {
            throw RuleViolationException.onField("title", "task.error.titleMissing");
        }
        requireLength("title", command.title(), MAX_TITLE, "task.error.titleTooLong");
        requireLength("description", command.description(), MAX_DESCRIPTION, "task.error.descriptionTooLong");
        requireLength("expectedOutput", command.expectedOutput(), MAX_OUTPUT, "task.error.outputTooLong");
        checkUnits(command, before);
        checkCriteria(command, before);
        checkResponsible(command, before);
        return dueDate(plan, command, before);
    }

    /** What the task's columns hold (an import's cells are not limited by the form). */
    private static void requireLength(String field, String text, int max, String key) {
        if (text != null && text.strip().length() > max) {
            throw RuleViolationException.onField(field, key, max);
        }
    }

    private void checkUnits(TaskCommand command, TaskCommand before) {
        if (command.leadUnitId() == null) {
            throw RuleViolationException.onField("leadUnitId", "task.error.leadMissing");
        }
        Set<Long> ids = new HashSet<>(command.coordinatingUnitIds());
        ids.add(command.leadUnitId());
        Map<Long, UnitSummary> found = units.findAll(ids);
        UnitSummary lead = found.get(command.leadUnitId());
        if (lead == null) {
            throw RuleViolationException.onField("leadUnitId", "task.error.unitUnknown");
        }
        boolean leadIsNew = before == null || !Objects.equals(before.leadUnitId(), command.leadUnitId());
        if (leadIsNew && !lead.active()) {
            throw RuleViolationException.onField("leadUnitId", "task.error.unitInactive", lead.name());
        }
        if (command.coordinatingUnitIds().contains(command.leadUnitId())) {
            throw RuleViolationException.onField("coordinatingUnitIds", "task.error.leadAlsoCoordinating", lead.name());
        }
        for (Long id : command.coordinatingUnitIds()) {
            UnitSummary unit = found.get(id);
            if (unit == null) {
                throw RuleViolationException.onField("coordinatingUnitIds", "task.error.unitUnknown");
            }
            boolean isNew = before == null || !before.coordinatingUnitIds().contains(id);
            if (isNew && !unit.active()) {
                throw RuleViolationException.onField("coordinatingUnitIds", "task.error.unitInactive", unit.name());
            }
        }
    }

    private void checkCriteria(TaskCommand command, TaskCommand before) {
        if (command.criterionIds().isEmpty()) {
            throw RuleViolationException.onField("criterionIds", "task.error.criteriaMissing");
        }
        Map<Long, CriterionSummary> found = catalog.criteria(command.criterionIds());
        Map<Long, VersionSummary> versions = catalog.allVersions().stream()
                .collect(Collectors.toMap(VersionSummary::id, Function.identity()));
        for (Long id : command.criterionIds()) {
            CriterionSummary criterion = found.get(id);
            if (criterion == null) {
                throw RuleViolationException.onField("criterionIds", "task.error.criterionUnknown");
            }
            boolean isNew = before == null || !before.criterionIds().contains(id);
            VersionSummary version = versions.get(criterion.versionId());
            if (isNew && (criterion.retired() || version == null || version.retired())) {
                throw RuleViolationException.onField("criterionIds", "task.error.criterionRetired",
                        criterion.frameworkCode() + " " + criterion.code(), version == null ? "" : version.label());
            }
        }
    }

    private void checkResponsible(TaskCommand command, TaskCommand before) {
        Long userId = command.responsibleUserId();
        boolean unchanged = before != null && Objects.equals(before.responsibleUserId(), userId)
                && Objects.equals(before.leadUnitId(), command.leadUnitId());
        if (userId == null || unchanged) {
            return;
        }
        requireMemberOfLeadUnit(userId, command.leadUnitId());
    }

    /** The responsible person is an enabled account of the lead unit. */
    void requireMemberOfLeadUnit(long userId, long leadUnitId) {
        UserSummary user = users.find(userId).orElseThrow(
                () -> RuleViolationException.onField("responsibleUserId", "task.error.responsibleUnknown"));
        boolean member = Objects.equals(user.unitId(), leadUnitId)
                && users.activeInUnits(Set.of(leadUnitId), user.role()).stream().anyMatch(u -> u.id() == userId);
        if (!member) {
            String unitName = units.find(leadUnitId).map(UnitSummary::name).orElse("");
            throw RuleViolationException.onField("responsibleUserId", "task.error.responsibleOutsideLead",
                    user.fullName(), unitName);
        }
    }

    private LocalDate dueDate(Plan plan, TaskCommand command, TaskCommand before) {
        if (command.deadlineKind() == null) {
            throw RuleViolationException.onField("deadlineKind", "task.error.deadlineMissing");
        }
        if (command.deadlineKind() != DeadlineKind.DATE) {
            return plan.yearEnd();
        }
        LocalDate due = command.dueDate();
        if (due == null) {
            throw RuleViolationException.onField("dueDate", "task.error.dueDateMissing");
        }
        boolean unchanged = before != null && before.deadlineKind() == DeadlineKind.DATE && due.equals(before.dueDate());
        if (!unchanged && due.isBefore(plan.earliestDeadline())) {
            throw plan.getIssueDate() != null
                    ? RuleViolationException.onField("dueDate", "task.error.dueBeforeIssue",
                            DATE.format(plan.getIssueDate()), plan.label())
                    : RuleViolationException.onField("dueDate", "task.error.dueBeforeYear", String.valueOf(plan.getYear()));
        }
        return due;
    }
}
