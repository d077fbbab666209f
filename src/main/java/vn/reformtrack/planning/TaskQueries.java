package vn.reformtrack.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.db.KeptReads;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Task lists as pages show them: two SQL statements a page, whatever its size and the data's, and none while the
 * lists' version has not moved since the same page was read ({@link #search}). The counts per status come first (they
 * give the total; the province's list, unfiltered or by plan or year, sums the stored counts of V175 instead of counting
 * its tasks); then the page's ids, read in the order of an index, joined with plan, units, responsible person and
 * criteria codes. A unit user's lists are confined to issued plans' tasks their unit leads or coordinates.
 */
@Component
@Transactional(readOnly = true)
class TaskQueries {

    /** The tasks a unit leads or coordinates, as a union of two index scans (an OR would scan every task). */
    private static final String INVOLVES = "t.id in (select %2$sl.id from task %2$sl where %2$sl.lead_unit_id = %1$s "
            + "union select %2$s.task_id from task_coordinating_unit %2$s where %2$s.unit_id = %1$s)";

    private static final int EXPORT_FETCH = 500;

    /** Pages of lists kept: the coordinators' and leaders' usual pages, and some of units' own. */
    private static final int KEPT_PAGES = 256;

    /** A list's page as the viewer's scope reads it: a unit user's is their unit's, a province user's everyone's. */
    private record ListKey(TaskFilter filter, boolean unitUser, Long viewerUnit, int page, int size) {}

    private record ListStamp(long version, LocalDate day) {}

    private final JdbcClient jdbc;
    private final TaskListVersion version;
    private final KeptReads<ListKey, ListStamp, TaskListPage> kept = new KeptReads<>(KEPT_PAGES);

    TaskQueries(JdbcClient jdbc, TaskListVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /**
     * A page of the list and the filter's count in each status, kept per filter, scope and page with the lists'
     * version and the day ({@link TaskListVersion}): the coordinators' lists are the same pages for each of them until
     * a task, plan, unit or name changes, and a change shows on the next read (it moves the version in its own
     * transaction). Otherwise two statements: see {@link #read}.
     */
    TaskListPage search(TaskFilter filter, CurrentUser viewer, LocalDate today, Pageable pageable) {
        ListStamp stamp = new ListStamp(version.current(), today);
        ListKey key = new ListKey(filter, viewer.isUnitUser(), viewer.isUnitUser() ? viewer.unitId() : null,
                pageable.getPageNumber(), pageable.getPageSize());
        return kept.get(key, stamp, true, () -> read(filter, viewer, today, pageable));
    }

    /**
     * A page of the list and the filter's count in each status, read now: two statements. The page's total is the count
     * of the filter's status, or the sum of all counts (no window over every matching task), and the page's ids are
     * read from an index that gives the list's order (V121) instead of sorting every match.
     */
    TaskListPage read(TaskFilter filter, CurrentUser viewer, LocalDate today, Pageable pageable) {
        Map<TaskStatus, Long> counts = countByStatus(filter, viewer, today);
        long total = filter.status() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(filter.status());
        List<TaskRow> rows = pageable.getOffset() >= total ? List.of()
                : List.copyOf(rows(filter, viewer, today, pageable));
        return new TaskListPage(new PageImpl<>(rows, pageable, total), Collections.unmodifiableMap(counts));
    }

    private List<TaskRow> rows(TaskFilter filter, CurrentUser viewer, LocalDate today, Pageable pageable) {
        return rowsStatement(filter, viewer, today, pageable).query(this::row).list();
    }

    /**
     * The first {@code limit} tasks of the list in its order, handed to {@code action} one at a time as a cursor reads
     * them (500 a fetch): an export of 20,000 tasks never holds them all. Needs the caller's transaction.
     */
    void forEach(TaskFilter filter, CurrentUser viewer, LocalDate today, int limit, Consumer<TaskRow> action) {
        try (Stream<TaskRow> rows = rowsStatement(filter, viewer, today, PageRequest.of(0, limit))
                .withFetchSize(EXPORT_FETCH).query(this::row).stream()) {
            rows.forEach(action);
        }
    }

    private JdbcClient.StatementSpec rowsStatement(TaskFilter filter, CurrentUser viewer, LocalDate today,
            Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        return jdbc.sql("""
                        select t.id, t.plan_id, coalesce(p.document_number, p.title) as plan_label, p.year as plan_year,
                               p.status as plan_status, t.title, t.expected_output, t.lead_unit_id, lu.name as lead_unit_name,
                               (select string_agg(u.name, '; ' order by u.name collate "vi-x-icu")
                                from task_coordinating_unit c join unit u on u.id = c.unit_id
                                where c.task_id = t.id) as coordinating_unit_names,
                               (select string_agg(f.code || ' ' || cr.code, ', ' order by f.code, cr.code)
                                from task_criterion tc join criterion cr on cr.id = tc.criterion_id
                                join framework_version v on v.id = cr.version_id
                                join index_framework f on f.id = v.framework_id
                                where tc.task_id = t.id) as criteria_codes,
                               ua.full_name as responsible_name, t.deadline_kind, t.due_date, t.priority,
                               t.progress_percent, t.completed_on, %2$s as status, %3$s as role,
                               case when %4$s and t.due_date < :today then :today - t.due_date else 0 end as days_overdue
                        from unnest(array(%1$s)) with ordinality as page(id, position)
                        join task t on t.id = page.id
                        join plan p on p.id = t.plan_id
                        join unit lu on lu.id = t.lead_unit_id
                        left join user_account ua on ua.id = t.responsible_user_id
                        order by page.position
                        """.formatted(pageIds(filter, viewer, params, pageable), TaskStatusSql.EXPRESSION,
                        role(filter, viewer), TaskStatusSql.OPEN))
                .params(params);
    }

    /**
     * The ids of a page in the list's order: the part of the page's statement that an index must serve, on its own for
     * the plan test.
     */
    String pageIds(TaskFilter filter, CurrentUser viewer, Map<String, Object> params, Pageable page) {
        String where = String.join(" and ", conditions(filter, viewer, params));
        if (filter.year() != null && filter.planId() == null) {
            // A year's tasks (a few thousand on a large province) are gathered first and sorted: walking an order's
            // index over every year finds them late when the order puts other years first (a year's few high-priority
            // tasks among ten years' of them: 4,000 index entries read for a third page), and the planner cannot
            // know how the years lie along the order. A plan's tasks stay on its indexes.
            return withAnd(filter) + """
                    year_tasks as materialized (
                        select t.id, t.priority, t.due_date, t.cancelled_at, t.completed_on, t.updated_at, t.title
                        from task t where %s)
                    select t.id from year_tasks t order by %s %s""".formatted(where, order(filter), RowLimit.of(page));
        }
        return with(filter) + "select t.id from task t where " + where + " order by " + order(filter) + " "
                + RowLimit.of(page);
    }

    private TaskRow row(ResultSet rs, int i) throws SQLException {
        String role = rs.getString("role");
        return new TaskRow(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("plan_label"),
                rs.getInt("plan_year"),
                PlanStatus.valueOf(rs.getString("plan_status")),
                rs.getString("title"),
                rs.getString("expected_output"),
                rs.getLong("lead_unit_id"),
                rs.getString("lead_unit_name"),
                rs.getString("coordinating_unit_names"),
                rs.getString("criteria_codes"),
                rs.getString("responsible_name"),
                DeadlineKind.valueOf(rs.getString("deadline_kind")),
                rs.getObject("due_date", LocalDate.class),
                TaskPriority.valueOf(rs.getString("priority")),
                rs.getInt("progress_percent"),
                rs.getObject("completed_on", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")),
                role == null ? null : TaskRole.valueOf(role),
                rs.getInt("days_overdue"));
    }

    /**
     * How many tasks the filter finds in each status (the status in the filter itself is left out): from the stored
     * counts where they answer the filter, else one pass over the matching tasks ({@link #recount}).
     */
    Map<TaskStatus, Long> countByStatus(TaskFilter filter, CurrentUser viewer, LocalDate today) {
        return readsStoredCounts(filter, viewer) ? storedCounts(filter, today) : recount(filter, viewer, today);
    }

    /**
     * Whether the stored counts (V175, per plan) answer the filter: a province user's list, unfiltered or by plan or
     * year (the status filter and the sort never change the counts).
     */
    private static boolean readsStoredCounts(TaskFilter filter, CurrentUser viewer) {
        return !viewer.isUnitUser() && !filter.hasQuery() && filter.unitId() == null && filter.criterionId() == null
                && filter.priority() == null && filter.deadlineKind() == null;
    }

    /** The counts of V175's rows: a few thousand rows on a large province in place of every task. */
    private Map<TaskStatus, Long> storedCounts(TaskFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        List<String> where = new ArrayList<>();
        where.add("true");
        if (filter.planId() != null) {
            where.add("c.plan_id = :planId");
            params.put("planId", filter.planId());
        }
        if (filter.year() != null) {
            where.add("c.plan_id in (select p.id from plan p where p.year = :year)");
            params.put("year", filter.year());
        }
        return jdbc.sql("""
                        select coalesce(sum(c.tasks) filter (where c.state = 'NOT_STARTED' and c.due_date >= :today), 0)
                                   as not_started,
                               coalesce(sum(c.tasks) filter (where c.state = 'STARTED' and c.due_date >= :today), 0)
                                   as in_progress,
                               coalesce(sum(c.tasks) filter (where c.due_date < :today), 0) as overdue,
                               coalesce(sum(c.tasks) filter (where c.state = 'DONE_ON_TIME'), 0) as done_on_time,
                               coalesce(sum(c.tasks) filter (where c.state = 'DONE_LATE'), 0) as done_late,
                               coalesce(sum(c.tasks) filter (where c.state = 'CANCELLED'), 0) as cancelled
                        from task_status_count c where %s
                        """.formatted(String.join(" and ", where)))
                .params(params)
                .query(TaskQueries::statusCounts);
    }

    /**
     * The counts from the tasks themselves, counting with the conditions of {@link TaskStatusSql#condition}: any
     * filter, any viewer (and the check of the stored counts in tests).
     */
    Map<TaskStatus, Long> recount(TaskFilter filter, CurrentUser viewer, LocalDate today) {
        TaskFilter all = filter.withStatus(null);
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        List<String> where = conditions(all, viewer, params);
        String counts = Arrays.stream(TaskStatus.values())
                .map(status -> "count(*) filter (where " + TaskStatusSql.condition(status) + ") as " + status.name())
                .collect(Collectors.joining(", "));
        return jdbc.sql(with(all) + "select " + counts + " from task t where " + String.join(" and ", where))
                .params(params)
                .query(TaskQueries::statusCounts);
    }

    private static Map<TaskStatus, Long> statusCounts(ResultSet rs) throws SQLException {
        rs.next();
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, rs.getLong(status.name()));
        }
        return byStatus;
    }

    /**
     * Per unit, the tasks it leads (by status) and coordinates among those the filter finds (its unit part left out),
     * most overdue first: the coordinators' view for chasing late units. One statement.
     */
    List<UnitTaskCounts> countByUnit(TaskFilter filter, CurrentUser viewer, LocalDate today) {
        TaskFilter all = filter.withUnit(null, null).withStatus(null);
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        List<String> where = conditions(all, viewer, params);
        where.add("t.cancelled_at is null");
        return jdbc.sql(withAnd(all) + """
                        scoped as (select t.id, t.lead_unit_id, %s as status from task t where %s),
                        involved as (
                            select s.lead_unit_id as unit_id, true as leads, s.status from scoped s
                            union all
                            select c.unit_id, false, s.status from scoped s join task_coordinating_unit c on c.task_id = s.id
                        )
                        select u.id, u.name,
                               count(*) filter (where i.leads) as leading,
                               count(*) filter (where i.leads and i.status in ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) as open,
                               count(*) filter (where i.leads and i.status = 'OVERDUE') as overdue,
                               count(*) filter (where i.leads and i.status = 'DONE_ON_TIME') as done_on_time,
                               count(*) filter (where i.leads and i.status = 'DONE_LATE') as done_late,
                               count(*) filter (where not i.leads) as coordinating
                        from involved i join unit u on u.id = i.unit_id
                        group by u.id, u.name
                        order by overdue desc, open desc, u.name collate "vi-x-icu"
                        """.formatted(TaskStatusSql.EXPRESSION, String.join(" and ", where)))
                .params(params)
                .query((rs, i) -> new UnitTaskCounts(rs.getLong("id"), rs.getString("name"), rs.getLong("leading"),
                        rs.getLong("open"), rs.getLong("overdue"), rs.getLong("done_on_time"), rs.getLong("done_late"),
                        rs.getLong("coordinating")))
                .list();
    }

    /** The criterion filter reaches the criterion's whole subtree: a {@code with} clause naming it, or nothing. */
    private static String with(TaskFilter filter) {
        return filter.criterionId() == null ? "" : """
                with recursive criteria(id, depth) as (
                    select cast(:criterionId as bigint), 0
                    union all
                    select c.id, criteria.depth + 1 from criterion c join criteria on c.parent_id = criteria.id
                    where criteria.depth < 30
                )
                """;
    }

    /** {@link #with} ready for one more common table expression. */
    private static String withAnd(TaskFilter filter) {
        return filter.criterionId() == null ? "with " : with(filter) + ", ";
    }

    private static List<String> conditions(TaskFilter filter, CurrentUser viewer, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        List<String> planWhere = new ArrayList<>();
        where.add("true");
        if (viewer.isUnitUser()) {
            planWhere.add("p.status <> 'DRAFT'");
            where.add(viewer.unitId() == null ? "false" : INVOLVES.formatted(":viewerUnit", "vc"));
            params.put("viewerUnit", viewer.unitId());
        }
        if (filter.hasQuery()) {
            where.add("t.search_key like :pattern");
            params.put("pattern", VietnameseText.containsPattern(filter.query()));
        }
        if (filter.planId() != null) {
            where.add("t.plan_id = :planId");
            params.put("planId", filter.planId());
        }
        if (filter.year() != null) {
            planWhere.add("p.year = :year");
            params.put("year", filter.year());
        }
        if (!planWhere.isEmpty()) {
            where.add("t.plan_id in (select p.id from plan p where " + String.join(" and ", planWhere) + ")");
        }
        if (filter.unitId() != null) {
            params.put("unitId", filter.unitId());
            where.add(filter.unitRole() == null ? INVOLVES.formatted(":unitId", "fc")
                    : filter.unitRole() == TaskRole.LEAD ? "t.lead_unit_id = :unitId"
                    : "exists (select 1 from task_coordinating_unit fc where fc.task_id = t.id and fc.unit_id = :unitId)");
        }
        if (filter.criterionId() != null) {
            where.add("exists (select 1 from task_criterion tc where tc.task_id = t.id and tc.criterion_id in "
                    + "(select id from criteria))");
            params.put("criterionId", filter.criterionId());
        }
        if (filter.status() != null) {
            where.add(TaskStatusSql.condition(filter.status()));
        }
        if (filter.priority() != null) {
            where.add("t.priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.deadlineKind() != null) {
            where.add("t.deadline_kind = :deadlineKind");
            params.put("deadlineKind", filter.deadlineKind().name());
        }
        return where;
    }

    /** The viewing unit's part in each task: the signed-in unit's, else the unit the list is filtered by. */
    private static String role(TaskFilter filter, CurrentUser viewer) {
        String unit = viewer.isUnitUser() && viewer.unitId() != null ? ":viewerUnit"
                : filter.unitId() != null ? ":unitId" : null;
        return unit == null ? "cast(null as text)"
                : "case when t.lead_unit_id = " + unit + " then 'LEAD' else 'COORDINATING' end";
    }

    /**
     * Each order is one that an index gives (V121), so a page reads its 50 ids from the index instead of sorting every
     * match. With a status in the filter every task is open, or every one closed: the deadline order then starts at
     * the date, which the indexes on open tasks and on dates give. Titles are ordered by their first 250 letters
     * (an index entry holds no more), then by the rest. A year's list sorts the year's tasks instead ({@link #pageIds}).
     */
    private static String order(TaskFilter filter) {
        return switch (filter.sortOrDefault()) {
            case DEADLINE -> filter.status() == null ? "(" + TaskStatusSql.OPEN + ") desc, t.due_date, t.id"
                    : "t.due_date, t.id";
            case PRIORITY -> "case t.priority when 'HIGH' then 0 when 'NORMAL' then 1 else 2 end, t.due_date, t.id";
            case RECENT -> "t.updated_at desc, t.id desc";
            case TITLE -> "left(t.title, 250) collate \"vi-x-icu\", t.title collate \"vi-x-icu\", t.id";
        };
    }
}
