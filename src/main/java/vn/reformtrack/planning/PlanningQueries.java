package vn.reformtrack.planning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;

/**
 * How the reporting and dashboard modules read planning: plans of a year, their targets judged against the results,
 * tasks by id, and the tasks a unit has to report on in a period. Each call is one or two SQL statements whatever
 * the number of tasks. These reads are not confined to a user: callers apply their own rules, or use
 * {@link #task(long, CurrentUser)}.
 */
@Service
@Transactional(readOnly = true)
public class PlanningQueries {

    private static final String TASK_SELECT = """
            select t.id, t.plan_id, p.document_number, p.year, p.status as plan_status, t.title, t.description,
                   t.expected_output, t.lead_unit_id, t.responsible_user_id, t.deadline_kind, t.due_date, t.priority,
                   t.progress_percent, t.completed_on, t.cancelled_at is not null as cancelled,
                   array(select criterion_id from task_criterion where task_id = t.id) as criterion_ids,
                   array(select unit_id from task_coordinating_unit where task_id = t.id) as coordinating_unit_ids
            from task t join plan p on p.id = t.plan_id
            """;

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final TaskService tasks;
    private final TargetService targets;
    private final TaskListVersion version;
    private final Clock clock;

    PlanningQueries(JdbcClient jdbc, PlanRepository plans, TaskService tasks, TargetService targets,
            TaskListVersion version, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.tasks = tasks;
        this.targets = targets;
        this.version = version;
        this.clock = clock;
    }

    /**
     * Moves with every change to plans, their targets and the indices they cover, tasks, and the names their reads show
     * (V179, V183), in the writer's transaction; never the same number for different contents. A reader that keeps
     * what it made of {@link #plans(int)} and {@link #targets(Collection)} reads this first and keeps it beside; the
     * targets' figures also follow the published results ({@code IndexResults.changeStamp()}).
     */
    public long changeStamp() {
        return version.current();
    }

    /**
     * The tasks a unit leads or coordinates that are active in the period {@code from}–{@code to} (both included),
     * with its part in each, by deadline. A task is active when its plan was issued on or before {@code to} and was
     * not closed before {@code from}, and the task was neither finished nor cancelled before {@code from}: overdue
     * tasks stay active until they are finished. Drafts' tasks are never active.
     */
    public List<UnitTask> tasksOfUnit(long unitId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(TASK_SELECT + """
                        where p.status in ('ISSUED', 'CLOSED') and p.issue_date <= :to
                          and (p.closed_at is null or (p.closed_at at time zone :zone)::date >= :from)
                          and (t.completed_on is null or t.completed_on >= :from)
                          and (t.cancelled_at is null or (t.cancelled_at at time zone :zone)::date >= :from)
                          and (t.lead_unit_id = :unit
                               or exists (select 1 from task_coordinating_unit c where c.task_id = t.id and c.unit_id = :unit))
                        order by t.due_date, t.id
                        """)
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("zone", clock.getZone().getId())
                .query((rs, i) -> {
                    TaskSummary task = task(rs, today);
                    return new UnitTask(task, task.roleOf(unitId));
                })
                .list();
    }

    /** Any task by id, whoever asks. */
    public Optional<TaskSummary> task(long id) {
        return tasks(List.of(id)).stream().findFirst();
    }

    /** A task by id if {@code user} may see it (a unit user: their unit's tasks of issued plans). */
    public Optional<TaskSummary> task(long id, CurrentUser user) {
        try {
            tasks.get(id, user);
            return task(id);
        } catch (TaskNotFoundException notVisible) {
            return Optional.empty();
        }
    }

    /** Many tasks in one statement, in the order of their deadlines; unknown ids are simply absent. */
    public List<TaskSummary> tasks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(TASK_SELECT + " where t.id in (:ids) order by t.due_date, t.id")
                .param("ids", ids)
                .query((rs, i) -> task(rs, today))
                .list();
    }

    /** The plans of a year (any status), in the order they were created. */
    public List<PlanSummary> plans(int year) {
        Map<Long, List<String>> frameworks = jdbc.sql("""
                        select pf.plan_id, f.code from plan_framework pf join index_framework f on f.id = pf.framework_id
                        join plan p on p.id = pf.plan_id where p.year = :year order by f.code
                        """)
                .param("year", year)
                .query((rs, i) -> Map.entry(rs.getLong("plan_id"), rs.getString("code")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select id, document_number, title, issuing_body, signer, issue_date, year, status
                        from plan where year = :year order by id""")
                .param("year", year)
                .query((rs, i) -> new PlanSummary(rs.getLong("id"), rs.getString("document_number"),
                        rs.getString("title"), rs.getString("issuing_body"), rs.getString("signer"),
                        rs.getObject("issue_date", LocalDate.class), rs.getInt("year"),
                        PlanStatus.valueOf(rs.getString("status")), frameworks.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** A plan's targets, each judged against the published results (empty for an unknown plan). */
    public List<TargetSummary> targets(long planId) {
        return plans.findById(planId).map(targets::evaluate).orElse(List.of());
    }

    /** The targets of each of these plans (those that exist), in a fixed number of statements however many. */
    public Map<Long, List<TargetSummary>> targets(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> years = new LinkedHashMap<>();
        jdbc.sql("select id, year from plan where id in (:ids) order by id").param("ids", planIds)
                .query(rs -> {
                    years.put(rs.getLong("id"), rs.getInt("year"));
                });
        return targets.evaluate(years);
    }

    private static TaskSummary task(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        int progress = rs.getInt("progress_percent");
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        return new TaskSummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("document_number"),
                rs.getInt("year"),
                PlanStatus.valueOf(rs.getString("plan_status")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("expected_output"),
                ids(rs.getArray("criterion_ids")),
                rs.getLong("lead_unit_id"),
                ids(rs.getArray("coordinating_unit_ids")),
                rs.getObject("responsible_user_id", Long.class),
                DeadlineKind.valueOf(rs.getString("deadline_kind")),
                due,
                TaskPriority.valueOf(rs.getString("priority")),
                progress,
                completed,
                TaskStatus.derive(due, progress, completed, rs.getBoolean("cancelled"), today));
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
    }
}
