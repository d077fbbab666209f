package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How reminders read planning: the open tasks of issued plans due in a span of days, and the units a plan gives work
 * to. One statement each, whatever the number of tasks (the deadline index serves the span).
 */
@Service
@Transactional(readOnly = true)
public class TaskDeadlines {

    /** A unit's share of a plan: how many of its tasks it leads and coordinates. */
    public record PlanShare(long unitId, int leading, int coordinating) {}

    /** A task still to be done: neither finished nor cancelled, in an issued plan ({@code t} task, {@code p} plan). */
    private static final String OPEN = "p.status = 'ISSUED' and t.cancelled_at is null and t.completed_on is null";

    private final JdbcClient jdbc;

    TaskDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tasks of issued plans, neither finished nor cancelled, due from {@code from} to {@code to} (both included). */
    public List<TaskDeadline> openDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select t.id, t.plan_id, p.document_number, t.title, t.lead_unit_id, t.responsible_user_id,
                               t.due_date
                        from task t join plan p on p.id = t.plan_id
                        where %s and t.due_date between :from and :to
                        order by t.due_date, t.id
                        """.formatted(OPEN))
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new TaskDeadline(rs.getLong("id"), rs.getLong("plan_id"),
                        rs.getString("document_number"), rs.getString("title"), rs.getLong("lead_unit_id"),
                        rs.getObject("responsible_user_id", Long.class), rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    /** Which of these tasks are still open (neither finished nor cancelled) in an issued plan, in one statement. */
    public Set<Long> openAmong(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select t.id from task t join plan p on p.id = t.plan_id
                        where t.id = any(:ids) and %s
                        """.formatted(OPEN))
                .param("ids", taskIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** The units a plan gives tasks to (not cancelled ones), with how many they lead and coordinate. */
    public List<PlanShare> sharesOf(long planId) {
        return jdbc.sql("""
                        select unit_id, sum(leads) as leads, sum(helps) as helps from (
                            select t.lead_unit_id as unit_id, 1 as leads, 0 as helps
                            from task t where t.plan_id = :plan and t.cancelled_at is null
                            union all
                            select c.unit_id, 0, 1
                            from task t join task_coordinating_unit c on c.task_id = t.id
                            where t.plan_id = :plan and t.cancelled_at is null
                        ) shares group by unit_id order by unit_id
                        """)
                .param("plan", planId)
                .query((rs, i) -> new PlanShare(rs.getLong("unit_id"), rs.getInt("leads"), rs.getInt("helps")))
                .list();
    }
}
