package vn.reformtrack.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last step of the drill-down: one task and what the units reported on it, period by period, with the evidence
 * files behind each entry. Drafts are the units' work in progress and are left out: only submitted reports (sent,
 * in review, returned or accepted) show. Two statements whatever the number of periods.
 */
@Component
@Transactional(readOnly = true)
class TaskReportQueries {

    private final JdbcClient jdbc;

    TaskReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's heading, if it belongs to an issued plan. */
    Optional<TaskReports.Task> task(long taskId) {
        return jdbc.sql("""
                        select t.id, t.title, t.lead_unit_id, t.plan_id, coalesce(p.document_number, p.title) as plan_number,
                               p.year, t.due_date, t.progress_percent, t.completed_on
                        from task t join plan p on p.id = t.plan_id
                        where t.id = :task and p.status in ('ISSUED', 'CLOSED')
                        """)
                .param("task", taskId)
                .query((rs, i) -> new TaskReports.Task(rs.getLong("id"), rs.getString("title"), rs.getLong("lead_unit_id"),
                        rs.getLong("plan_id"), rs.getString("plan_number"), rs.getInt("year"),
                        rs.getObject("due_date", LocalDate.class), rs.getInt("progress_percent"),
                        rs.getObject("completed_on", LocalDate.class)))
                .optional();
    }

    /** Every submitted entry on the task, newest period first, the lead unit's before its coordinating units'. */
    List<TaskReports.Entry> entries(long taskId) {
        Map<Long, TaskReports.Entry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.id, e.role, e.progress_percent, e.unit_status, e.completed_on, e.work_done,
                               e.difficulties, e.proposals, r.id as report_id, r.status as report_status, r.timeliness,
                               r.submitted_at, u.id as unit_id, u.name as unit_name, rp.id as period_id, rp.kind,
                               rp.year, rp.title as period_title, rp.due_on
                        from report_entry e join unit_report r on r.id = e.report_id
                        join reporting_period rp on rp.id = r.period_id
                        join unit u on u.id = r.unit_id
                        where e.task_id = :task and r.status <> 'DRAFT'
                        order by rp.ends_on desc, rp.starts_on desc, rp.id desc,
                                 case e.role when 'LEAD' then 0 else 1 end, u.name collate "vi-x-icu", e.id
                        """)
                .param("task", taskId)
                .query(rs -> {
                    TaskReports.Entry entry = new TaskReports.Entry(rs.getLong("id"), rs.getString("role"),
                            rs.getObject("progress_percent", Integer.class), rs.getString("unit_status"),
                            rs.getObject("completed_on", LocalDate.class), rs.getString("work_done"),
                            rs.getString("difficulties"), rs.getString("proposals"), rs.getLong("report_id"),
                            rs.getString("report_status"), rs.getString("timeliness"),
                            rs.getObject("submitted_at", OffsetDateTime.class), rs.getLong("unit_id"),
                            rs.getString("unit_name"), rs.getLong("period_id"), rs.getString("kind"), rs.getInt("year"),
                            rs.getString("period_title"), rs.getObject("due_on", LocalDate.class), new ArrayList<>());
                    entries.put(entry.id(), entry);
                });
        if (!entries.isEmpty()) {
            jdbc.sql("""
                            select ee.entry_id, f.id, f.original_file_name, f.size_bytes, f.document_number,
                                   f.document_date, f.issuer
                            from report_entry_evidence ee join evidence_file f on f.id = ee.evidence_id
                            where ee.entry_id in (:entries)
                            order by ee.entry_id, f.document_date nulls last, f.id
                            """)
                    .param("entries", entries.keySet())
                    .query(rs -> {
                        entries.get(rs.getLong("entry_id")).evidence().add(new TaskReports.Evidence(rs.getLong("id"),
                                rs.getString("original_file_name"), rs.getLong("size_bytes"),
                                rs.getString("document_number"), rs.getObject("document_date", LocalDate.class),
                                rs.getString("issuer")));
                    });
        }
        return List.copyOf(entries.values());
    }
}
