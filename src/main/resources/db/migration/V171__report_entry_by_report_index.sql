-- The consolidated report reads the entries of a period's accepted reports, report by report: the lead entries with
-- their progress and completion, and each report's entries counted by role. The only index that starts with report_id
-- (the unique one on report_id, task_id) leaves every entry to be fetched from the heap, where a report's entries lie
-- on as many pages as it has entries, so the planner scanned all of report_entry instead (206,000 entries over ten
-- years: 20 to 40 ms a view). By report and role, with what those statements read: an index-only scan of the few
-- hundred entries the period's accepted reports hold.
create index report_entry_report_role_idx on report_entry (report_id, role)
    include (task_id, progress_percent, unit_status, completed_on);
