-- The task list reads a page's ids in the order of an index instead of sorting every task the filter finds
-- (planning's TaskQueries): one index per order it offers. The filters by plan and year, unit (leading or
-- coordinating) and criterion have theirs since V20; priority and deadline kind split the tasks in three and are
-- read while walking the order's index.

-- By deadline: open tasks first, nearest (or most overdue) deadline first. With a status filter the open flag is
-- fixed and the list walks task_open_due_idx or task_due_idx instead.
create index task_deadline_order_idx on task (((cancelled_at is null and completed_on is null)) desc, due_date, id);
-- By priority, high first, then deadline.
create index task_priority_order_idx on task ((case priority when 'HIGH' then 0 when 'NORMAL' then 1 else 2 end),
                                              due_date, id);
-- Most recently changed first (walked backwards).
create index task_recent_idx on task (updated_at, id);
-- By title in Vietnamese order: its first 250 letters (at most 1,000 bytes, well within what an index entry holds;
-- a title may have 1,000 letters), the rest only among titles that share them.
create index task_title_order_idx on task ((left(title, 250) collate "vi-x-icu"), id);

-- Words anywhere in a task (search_key like '%...%'): trigrams find the candidates instead of reading every task.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index task_search_trgm_idx on task using gin (search_key gin_trgm_ops);
