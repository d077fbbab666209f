package vn.reformtrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.TaskStatus;

/** A unit user's agenda for their home page, in one statement (a union of two index scans finds the unit's tasks). */
@Service
@Transactional(readOnly = true)
public class UnitAgendaQueries {

    public static final int SOON_DAYS = 30;
    public static final int SHOWN = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitAgendaQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The agenda of the user's unit; empty for anyone without a unit. */
    public UnitAgenda agenda(CurrentUser user) {
        List<AgendaTask> overdue = new ArrayList<>();
        List<AgendaTask> soon = new ArrayList<>();
        long[] counts = new long[2];
        if (user.unitId() == null) {
            return new UnitAgenda(overdue, 0, soon, 0, SOON_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        with mine as (
                            select t.id from task t where t.lead_unit_id = :unit
                            union
                            select c.task_id from task_coordinating_unit c where c.unit_id = :unit
                        ),
                        open as (
                            select t.id, t.title, coalesce(p.document_number, p.title) as plan_number, t.deadline_kind,
                                   t.due_date, t.progress_percent, t.lead_unit_id = :unit as leads,
                                   t.due_date < :today as overdue
                            from mine join task t on t.id = mine.id join plan p on p.id = t.plan_id
                            where p.status = 'ISSUED' and t.cancelled_at is null and t.completed_on is null
                              and t.due_date <= :soon
                        ),
                        ranked as (
                            select o.*, row_number() over (partition by o.overdue order by o.due_date, o.id) as n,
                                   count(*) over (partition by o.overdue) as total
                            from open o
                        )
                        select * from ranked where n <= :shown order by overdue desc, due_date, id
                        """)
                .param("unit", user.unitId())
                .param("today", today)
                .param("soon", today.plusDays(SOON_DAYS))
                .param("shown", SHOWN)
                .query(rs -> {
                    boolean late = rs.getBoolean("overdue");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    int progress = rs.getInt("progress_percent");
                    AgendaTask task = new AgendaTask(rs.getLong("id"), rs.getString("title"),
                            rs.getString("plan_number"), DeadlineKind.valueOf(rs.getString("deadline_kind")), due,
                            progress, TaskStatus.derive(due, progress, null, false, today), rs.getBoolean("leads"),
                            Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, due)));
                    (late ? overdue : soon).add(task);
                    counts[late ? 0 : 1] = rs.getLong("total");
                });
        return new UnitAgenda(overdue, counts[0], soon, counts[1], SOON_DAYS);
    }
}
