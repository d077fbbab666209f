-- The reminder job starts each run by reading the steps taken for deadlines since its look-back day (120 days), to
-- skip them: by the due date, an index-only scan of those rows instead of a scan of every step ever taken, which grows
-- by some tens of thousands a year (450,000 steps: 33 ms a run, every hour, and growing).
create index reminder_step_due_idx on reminder_step (due_on) include (subject_type, subject_id, unit_id, step);
