package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.text.VietnameseText;

/** The plan list, newest year first, with each plan's frameworks and task counts in the same statement. */
@Component
@Transactional(readOnly = true)
class PlanQueries {

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan the viewer may see (a unit user: not drafts), in the list's order, without counting tasks. */
    List<PlanChoice> choices(CurrentUser viewer) {
        return jdbc.sql("""
                        select p.id, p.document_number, p.year from plan p
                        where not cast(:unitUser as boolean) or p.status <> 'DRAFT'
                        order by p.year desc, p.issue_date desc nulls first, p.id desc
                        """)
                .param("unitUser", viewer.isUnitUser())
                .query((rs, i) -> new PlanChoice(rs.getLong("id"), rs.getString("document_number"), rs.getInt("year")))
                .list();
    }

    Page<PlanRow> search(PlanFilter filter, CurrentUser viewer, LocalDate today, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        List<String> where = new ArrayList<>();
        where.add("true");
        String taskScope = "true";
        if (viewer.isUnitUser()) {
            where.add("p.status <> 'DRAFT'");
            taskScope = viewer.unitId() == null ? "false" : """
                    (t.lead_unit_id = :viewerUnit or exists (select 1 from task_coordinating_unit c
                     where c.task_id = t.id and c.unit_id = :viewerUnit))""";
            params.put("viewerUnit", viewer.unitId());
        }
        if (filter.hasQuery()) {
            where.add("p.search_key like :pattern");
            params.put("pattern", VietnameseText.containsPattern(filter.query()));
        }
        if (filter.year() != null) {
            where.add("p.year = :year");
            params.put("year", filter.year());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.put("status", filter.status().name());
        }
        List<Object[]> rows = jdbc.sql("""
                        select p.id, p.document_number, p.title, p.issuing_body, p.year, p.issue_date, p.status,
                               (select string_agg(f.code, ', ' order by f.code) from plan_framework pf
                                join index_framework f on f.id = pf.framework_id where pf.plan_id = p.id) as frameworks,
                               counts.tasks, counts.open, counts.overdue, count(*) over () as total
                        from plan p
                        left join lateral (
                            select count(*) filter (where t.cancelled_at is null) as tasks,
                                   count(*) filter (where %1$s) as open,
                                   count(*) filter (where %1$s and t.due_date < :today) as overdue
                            from task t where t.plan_id = p.id and %2$s
                        ) counts on true
                        where %3$s
                        order by p.year desc, p.issue_date desc nulls first, p.id desc
                        %4$s
                        """.formatted(TaskStatusSql.OPEN, taskScope, String.join(" and ", where),
                        RowLimit.of(pageable)))
                .params(params)
                .query((rs, i) -> new Object[] {
                    new PlanRow(
                            rs.getLong("id"),
                            rs.getString("document_number"),
                            rs.getString("title"),
                            rs.getString("issuing_body"),
                            rs.getInt("year"),
                            rs.getObject("issue_date", LocalDate.class),
                            PlanStatus.valueOf(rs.getString("status")),
                            rs.getString("frameworks"),
                            rs.getLong("tasks"),
                            rs.getLong("open"),
                            rs.getLong("overdue")),
                    rs.getLong("total")
                })
                .list();
        long total = rows.isEmpty() ? 0 : (long) rows.get(0)[1];
        return new PageImpl<>(rows.stream().map(row -> (PlanRow) row[0]).toList(), pageable, total);
    }
}
