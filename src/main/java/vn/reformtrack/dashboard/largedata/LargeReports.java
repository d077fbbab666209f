package vn.reformtrack.dashboard.largedata;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The periodic reports of the large data set, written with a handful of set-based statements: each year's calendar
 * (Q1, 6 months, 9 months, year, due 15 days after each span ends, 10 grace days; past years closed) and one ad hoc
 * request on July and August, then one report
 * for every unit the completeness grid expects in each period (it leads or coordinates a task active there), whose
 * fate follows the unit's diligence — on time, late, left as a draft or never started — and one entry per task the
 * unit leads or coordinates, with the progress the task had at the period's end. Reports of periods still running are
 * drafts or sent early; those long past were reviewed (accepted, a few returned), recent ones are at every step.
 * Rows the demo already wrote (this year's calendar, the demo units' reports) are left as they are.
 */
class LargeReports {

    static final String AUTHOR = "large-data";

    /** "Active in the period" as the reporting module judges it (ActiveTaskSql), over periods rp, plan p, task t. */
    private static final String ACTIVE = """
            p.status in ('ISSUED', 'CLOSED') and p.issue_date <= rp.ends_on
            and (p.closed_at is null or (p.closed_at at time zone :zone)::date >= rp.starts_on)
            and (t.completed_on is null or t.completed_on >= rp.starts_on)
            and (t.cancelled_at is null or (t.cancelled_at at time zone :zone)::date >= rp.starts_on)""";

    private static final String[] KINDS = {"Q1", "H1", "Q3", "YEAR"};
    private static final int[] LAST_MONTH = {3, 6, 9, 12};

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final ZoneId zone;

    LargeReports(JdbcTemplate jdbc, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.today = today;
        this.zone = zone;
    }

    void write(int firstYear, int lastYear, long seed) {
        periods(firstYear, lastYear);
        // A unit's diligence, as its tasks show it: the share of its due tasks finished on time (0.45-0.98).
        jdbc.execute(named("""
                create temporary table large_diligence on commit drop as
                select u.id as unit_id, least(0.98, greatest(0.45, coalesce(avg(case when t.completed_on <= t.due_date
                       then 1.0 else 0.0 end) filter (where t.due_date < :today), 0.7)))::float8 as q
                from unit u left join task t on t.lead_unit_id = u.id
                group by u.id"""));
        jdbc.queryForObject("select setseed(?)", Object.class, (seed % 1000) / 1000.0);
        reports(firstYear, lastYear);
        entries();
        transitions();
    }

    /** Whether the reports were written already (a data set from before they were part of it gets them once). */
    boolean present() {
        Integer n = jdbc.queryForObject("select count(*) from unit_report where created_by = 'large-data'", Integer.class);
        return n != null && n > 0;
    }

    private void periods(int firstYear, int lastYear) {
        List<Object[]> rows = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (int i = 0; i < KINDS.length; i++) {
                LocalDate ends = LocalDate.of(year, LAST_MONTH[i], 1).withDayOfMonth(LocalDate.of(year, LAST_MONTH[i], 1)
                        .lengthOfMonth());
                LocalDate due = ends.plusDays(15);
                boolean closed = due.plusDays(10).isBefore(today.minusDays(30));
                rows.add(new Object[] {year, KINDS[i], Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(ends),
                    Date.valueOf(due), closed ? "CLOSED" : "OPEN",
                    closed ? Timestamp.from(due.plusDays(11).atTime(17, 0).atZone(zone).toInstant()) : null,
                    closed ? AUTHOR : null});
            }
        }
        jdbc.batchUpdate("""
                insert into reporting_period (year, kind, starts_on, ends_on, due_on, grace_days, status, closed_at,
                                              closed_by, created_by, updated_by)
                values (?, ?, ?, ?, ?, 10, ?, ?, ?, 'large-data', 'large-data')
                on conflict (year, kind) where kind <> 'AD_HOC' do nothing""", rows);
        // One ad hoc request a year (báo cáo đột xuất) on July and August, due 10 September.
        List<Object[]> adHoc = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate due = LocalDate.of(year, 9, 10);
            if (LocalDate.of(year, 7, 1).isAfter(today)) {
                continue;
            }
            boolean closed = due.plusDays(10).isBefore(today.minusDays(30));
            adHoc.add(new Object[] {year, "Báo cáo đột xuất kết quả chuyển đổi số tháng 7, 8 năm " + year,
                Date.valueOf(LocalDate.of(year, 7, 1)), Date.valueOf(LocalDate.of(year, 8, 31)), Date.valueOf(due),
                closed ? "CLOSED" : "OPEN",
                closed ? Timestamp.from(due.plusDays(11).atTime(17, 0).atZone(zone).toInstant()) : null,
                closed ? AUTHOR : null});
        }
        jdbc.batchUpdate("""
                insert into reporting_period (year, kind, title, starts_on, ends_on, due_on, grace_days, status,
                                              closed_at, closed_by, created_by, updated_by)
                values (?, 'AD_HOC', ?, ?, ?, ?, 10, ?, ?, ?, 'large-data', 'large-data')""", adHoc);
    }

    /** One report per expected unit and period without one yet, its fate drawn from the unit's diligence. */
    private void reports(int firstYear, int lastYear) {
        jdbc.update(named("""
                insert into unit_report (period_id, unit_id, status, general_assessment, submitted_at, submitted_by,
                                         timeliness, last_submitted_at, review_started_at, review_started_by,
                                         returned_at, returned_by, return_comment, accepted_at, accepted_by,
                                         created_by, updated_by)
                with periods as (
                    select id, starts_on, ends_on, due_on from reporting_period
                    where year between :firstYear and :lastYear and starts_on <= :today
                ),
                expected as (
                    select rp.id as period_id, t.lead_unit_id as unit_id
                    from periods rp join plan p on p.issue_date <= rp.ends_on join task t on t.plan_id = p.id
                    where %1$s
                    union
                    select rp.id, c.unit_id
                    from periods rp join plan p on p.issue_date <= rp.ends_on join task t on t.plan_id = p.id
                    join task_coordinating_unit c on c.task_id = t.id
                    where %1$s
                ),
                drawn as (
                    select e.period_id, e.unit_id, rp.ends_on, rp.due_on, d.q, random() as u, random() as v
                    from (select * from expected order by period_id, unit_id) e
                    join periods rp on rp.id = e.period_id
                    join large_diligence d on d.unit_id = e.unit_id
                    where not exists (select 1 from unit_report r where r.period_id = e.period_id and r.unit_id = e.unit_id)
                ),
                fated as (
                    select *, case
                        when due_on < :today then case when u < q then 'ON_TIME' when u < q + (1 - q) * 0.6 then 'LATE'
                                                       when u < q + (1 - q) * 0.8 then 'DRAFT' else 'NONE' end
                        when ends_on < :today then case when u < q * 0.6 then 'ON_TIME' when u < 0.85 then 'DRAFT'
                                                        else 'NONE' end
                        else case when u < 0.4 then 'DRAFT' else 'NONE' end
                    end as fate
                    from drawn
                ),
                sent as (
                    select *, case fate
                        when 'ON_TIME' then least(:today, greatest(ends_on + 1, due_on - (v * 12)::int))
                        when 'LATE' then least(:today - 1, due_on + 1 + (v * 25)::int) end as sent_on
                    from fated where fate <> 'NONE'
                ),
                stated as (
                    select *, (sent_on + time '09:30') at time zone :zone as sent_at, case
                        when sent_on is null then 'DRAFT'
                        when due_on < :today - 45 then case when v < 0.03 then 'RETURNED' else 'ACCEPTED' end
                        when v < 0.4 then 'ACCEPTED' when v < 0.6 then 'UNDER_REVIEW' when v < 0.75 then 'RETURNED'
                        else 'SUBMITTED' end as status
                    from sent
                )
                select period_id, unit_id, status,
                       'Đơn vị đã triển khai các nhiệm vụ được giao trong kỳ; kết quả cụ thể theo từng nhiệm vụ dưới đây.',
                       sent_at, case when sent_at is not null then 'large-data' end,
                       case when sent_at is null then null when sent_on <= due_on then 'ON_TIME' else 'LATE' end,
                       sent_at,
                       case when status in ('UNDER_REVIEW', 'RETURNED', 'ACCEPTED') then sent_at + interval '1 hour' end,
                       case when status in ('UNDER_REVIEW', 'RETURNED', 'ACCEPTED') then 'large-data' end,
                       case when status = 'RETURNED' then sent_at + interval '2 hours' end,
                       case when status = 'RETURNED' then 'large-data' end,
                       case when status = 'RETURNED' then 'Đề nghị bổ sung tài liệu kiểm chứng.' end,
                       case when status = 'ACCEPTED' then sent_at + interval '3 hours' end,
                       case when status = 'ACCEPTED' then 'large-data' end,
                       'large-data', 'large-data'
                from stated
                """.formatted(ACTIVE)).replace(":firstYear", Integer.toString(firstYear))
                .replace(":lastYear", Integer.toString(lastYear)));
    }

    /** Per report, an entry for each task the unit leads or coordinates that is active in the period. */
    private void entries() {
        jdbc.update(named("""
                insert into report_entry (report_id, task_id, role, position, progress_percent, unit_status,
                                          completed_on, work_done, created_by, updated_by)
                with rep as (
                    select r.id, r.unit_id, rp.starts_on, rp.ends_on
                    from unit_report r join reporting_period rp on rp.id = r.period_id
                    where r.created_by = 'large-data'
                ),
                work as (
                    select rp.id as report_id, t.id as task_id, 'LEAD' as role, t.completed_on, t.progress_percent,
                           rp.ends_on
                    from rep rp join plan p on p.issue_date <= rp.ends_on
                    join task t on t.plan_id = p.id and t.lead_unit_id = rp.unit_id
                    where %1$s
                    union all
                    select rp.id, t.id, 'COORDINATING', t.completed_on, t.progress_percent, rp.ends_on
                    from rep rp join plan p on p.issue_date <= rp.ends_on join task t on t.plan_id = p.id
                    join task_coordinating_unit c on c.task_id = t.id and c.unit_id = rp.unit_id
                    where %1$s
                ),
                progressed as (
                    select report_id, task_id, role,
                           case when completed_on <= ends_on then completed_on end as done_on,
                           case when completed_on <= ends_on then 100
                                else least(95, (progress_percent * extract(month from ends_on) / 12)::int) end as pct
                    from work
                )
                select report_id, task_id, role, 0, pct,
                       case when done_on is not null then 'DONE' when pct > 0 then 'IN_PROGRESS' else 'NOT_STARTED' end,
                       done_on,
                       case when done_on is not null then 'Đã hoàn thành, có văn bản báo cáo kết quả.'
                            when pct > 0 then 'Đã thực hiện khoảng ' || pct || '%% khối lượng công việc.' end,
                       'large-data', 'large-data'
                from progressed
                on conflict (report_id, task_id) do nothing
                """.formatted(ACTIVE)));
    }

    /** Each report's history: its submission and, where it went further, the review, the return or the acceptance. */
    private void transitions() {
        for (String[] step : new String[][] {
            {"SUBMITTED", "'DRAFT'", "'SUBMITTED'", "submitted_at", "submitted_at is not null"},
            {"REVIEW_STARTED", "'SUBMITTED'", "'UNDER_REVIEW'", "review_started_at", "review_started_at is not null"},
            {"RETURNED", "'UNDER_REVIEW'", "'RETURNED'", "returned_at", "returned_at is not null"},
            {"ACCEPTED", "'UNDER_REVIEW'", "'ACCEPTED'", "accepted_at", "accepted_at is not null"}}) {
            jdbc.update("""
                    insert into report_transition (report_id, kind, from_status, to_status, at, by_user)
                    select id, '%s', %s, %s, %s, 'large-data' from unit_report
                    where created_by = 'large-data' and %s""".formatted((Object[]) step));
        }
    }

    /** The statement with :today and :zone written in (JdbcTemplate binds positionally). */
    private String named(String sql) {
        return sql.replace(":today", "date '" + today + "'").replace(":zone", "'" + zone.getId() + "'");
    }
}
