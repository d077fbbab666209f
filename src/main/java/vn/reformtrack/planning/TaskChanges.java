package vn.reformtrack.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;

/** Writes what an amendment changed on a task as the history shows it: names, codes and dates, not ids. */
@Component
class TaskChanges {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitDirectory units;
    private final UserDirectory users;
    private final IndexCatalog catalog;

    TaskChanges(UnitDirectory units, UserDirectory users, IndexCatalog catalog) {
        this.units = units;
        this.users = users;
        this.catalog = catalog;
    }

    /** The fields that differ between two versions of a task (a new task: {@code before} null). */
    List<FieldChange> between(TaskCommand before, TaskCommand after) {
        Set<Long> unitIds = new HashSet<>(after.coordinatingUnitIds());
        unitIds.add(after.leadUnitId());
        Set<Long> criterionIds = new HashSet<>(after.criterionIds());
        if (before != null) {
            unitIds.addAll(before.coordinatingUnitIds());
            unitIds.add(before.leadUnitId());
            criterionIds.addAll(before.criterionIds());
        }
        Names names = new Names(units.findAll(unitIds), catalog.criteria(criterionIds));
        TaskCommand old = before == null ? empty() : before;
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("task.title", old.title(), after.title()));
        changes.add(new FieldChange("task.description", old.description(), after.description()));
        changes.add(new FieldChange("task.expectedOutput", old.expectedOutput(), after.expectedOutput()));
        changes.add(new FieldChange("task.criteria", names.criteria(old.criterionIds()), names.criteria(after.criterionIds())));
        changes.add(new FieldChange("task.leadUnit", names.unit(old.leadUnitId()), names.unit(after.leadUnitId())));
        changes.add(new FieldChange("task.coordinatingUnits",
                names.units(old.coordinatingUnitIds()), names.units(after.coordinatingUnitIds())));
        changes.add(responsible(old.responsibleUserId(), after.responsibleUserId()));
        changes.add(new FieldChange("task.deadline", deadline(old), deadline(after)));
        changes.add(new FieldChange("task.priority", key("TaskPriority", old.priority()), key("TaskPriority", after.priority())));
        return changes.stream().filter(FieldChange::changed).toList();
    }

    FieldChange responsible(Long before, Long after) {
        return new FieldChange("task.responsible", person(before), person(after));
    }

    private String person(Long userId) {
        return userId == null ? "" : users.find(userId).map(UserSummary::fullName).orElse("#" + userId);
    }

    /** "30/09/2022", or the kind's message key for recurring and all-year work. */
    static String deadline(TaskCommand task) {
        if (task.deadlineKind() == null) {
            return "";
        }
        return task.deadlineKind() == DeadlineKind.DATE && task.dueDate() != null
                ? DATE.format(task.dueDate())
                : key("DeadlineKind", task.deadlineKind());
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String key(String enumName, Enum<?> value) {
        return value == null ? "" : enumName + "." + value.name();
    }

    private static TaskCommand empty() {
        return new TaskCommand(null, null, null, Set.of(), null, Set.of(), null, null, null, null);
    }

    private record Names(Map<Long, UnitSummary> units, Map<Long, CriterionSummary> criteria) {

        String unit(Long id) {
            if (id == null) {
                return "";
            }
            UnitSummary unit = units.get(id);
            return unit == null ? "#" + id : unit.name();
        }

        String units(Collection<Long> ids) {
            return ids.stream().map(this::unit).sorted().collect(Collectors.joining("; "));
        }

        String criteria(Collection<Long> ids) {
            return ids.stream()
                    .map(id -> {
                        CriterionSummary criterion = criteria.get(id);
                        return criterion == null ? "#" + id : criterion.frameworkCode() + " " + criterion.code();
                    })
                    .sorted()
                    .collect(Collectors.joining("; "));
        }
    }
}
