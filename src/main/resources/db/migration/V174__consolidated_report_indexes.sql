-- The consolidated report reads the entries of a period's accepted reports, report by report: the lead entries with
-- their progress and completion, and each report's entries counted by role. The only index that starts with report_id
-- (the unique one on report_id, task_id) leaves every entry to be fetched from the heap, where a report's entries lie
-- on as many pages as it has entries, so the planner scanned all of report_entry instead (206,000 entries over ten
-- years: 20 to 40 ms a view). By report and role, with what those statements read: an index-only scan of the few
-- hundred entries the period's accepted reports hold.
create index report_entry_report_role_idx on report_entry (report_id, role)
    include (task_id, progress_percent, unit_status, completed_on);

-- Which units are expected in a period (ActiveTaskSql.INVOLVED_UNITS, for the grid and the consolidated report) and the
-- consolidated report's active tasks read the tasks of the plans that reach the period, and of each only when it ends
-- (done or cancelled), its lead unit and due date. By plan with those columns: an index-only scan of those plans' tasks
-- instead of a scan of every task of ten years (or the plan-and-due-date index, which visits the same heap pages again
-- and again): on the large data set, on a busy machine, the expected units' statement went from 18 to 12 ms a call and
-- the active tasks' from 7 to 4.5.
create index task_plan_active_idx on task (plan_id) include (id, lead_unit_id, due_date, completed_on, cancelled_at);
