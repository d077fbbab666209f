-- The task list's counts per status (planning module, TaskQueries): per plan, how many of its tasks are in each state.
-- Counting them from the tasks reads every task the list covers on every view (20,000 on a large province); these
-- rows give the same counts for the list unfiltered or filtered by plan or year, whatever its status filter and sort.
--
-- A closed task's status does not depend on the day it is read (cancelled, done on time, done late): its rows have no
-- date. An open task's does (overdue once its due date has passed): its rows keep the due date, and the reader splits
-- them at the day it reads on. The rows are kept by the triggers below, in the writer's own statement and
-- transaction, whatever writes the tasks (a service, an import, the large data set): they cannot disagree with the
-- tasks after any change. Nothing here is edited by people.

create table task_status_count (
    plan_id  bigint      not null references plan (id) on delete cascade,
    state    varchar(12) not null check (state in ('NOT_STARTED', 'STARTED', 'DONE_ON_TIME', 'DONE_LATE', 'CANCELLED')),
    -- an open task's due date (NOT_STARTED, STARTED); none for a closed one
    due_date date,
    tasks    int         not null,
    check ((due_date is null) = (state in ('DONE_ON_TIME', 'DONE_LATE', 'CANCELLED'))),
    constraint task_status_count_key unique nulls not distinct (plan_id, state, due_date)
);

-- TaskStatus.derive without the day: an open task is STARTED or NOT_STARTED here, OVERDUE when read after its due date.
create function task_status_state(cancelled_at timestamptz, completed_on date, due_date date, progress_percent int)
    returns varchar language sql immutable as $$
    select case when cancelled_at is not null then 'CANCELLED'
                when completed_on is not null then case when completed_on > due_date then 'DONE_LATE' else 'DONE_ON_TIME' end
                when progress_percent > 0 then 'STARTED'
                else 'NOT_STARTED' end
$$;

-- A task's row and sign (1 added, -1 taken away).
create function task_status_count_of(plan_id bigint, cancelled_at timestamptz, completed_on date, due_date date,
                                     progress_percent int, sign int) returns task_status_count language sql immutable as $$
    select plan_id, task_status_state(cancelled_at, completed_on, due_date, progress_percent),
           case when cancelled_at is null and completed_on is null then due_date end, sign
$$;

-- Adds the changes summed per key: an update that moves no task to another state (a title, a responsible person,
-- progress from 20 to 40 %) writes nothing. Rows are written in key order; writers of tasks are one at a time anyway
-- (each statement on task first takes reporting's version row, V173). Rows that fall to no task are removed.
create function task_status_count_add(changes task_status_count[]) returns void language sql as $$
    insert into task_status_count as c (plan_id, state, due_date, tasks)
    select plan_id, state, due_date, sum(tasks) from unnest(changes)
    group by plan_id, state, due_date having sum(tasks) <> 0
    order by plan_id, state, due_date
    on conflict on constraint task_status_count_key do update set tasks = c.tasks + excluded.tasks;
    delete from task_status_count where tasks = 0;
$$;

-- Once per statement, with the statement's old and new tasks (an import of 500 tasks is one call).
create function task_status_count_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform task_status_count_add(array(
            select task_status_count_of(plan_id, cancelled_at, completed_on, due_date, progress_percent, 1)
            from new_rows));
    elsif tg_op = 'UPDATE' then
        perform task_status_count_add(array(
            select task_status_count_of(plan_id, cancelled_at, completed_on, due_date, progress_percent, 1)
            from new_rows
            union all
            select task_status_count_of(plan_id, cancelled_at, completed_on, due_date, progress_percent, -1)
            from old_rows));
    else
        perform task_status_count_add(array(
            select task_status_count_of(plan_id, cancelled_at, completed_on, due_date, progress_percent, -1)
            from old_rows));
    end if;
    return null;
end $$;

create trigger task_status_count_inserted after insert on task referencing new table as new_rows
    for each statement execute function task_status_count_changed();
create trigger task_status_count_updated after update on task referencing old table as old_rows new table as new_rows
    for each statement execute function task_status_count_changed();
create trigger task_status_count_deleted after delete on task referencing old table as old_rows
    for each statement execute function task_status_count_changed();

-- The tasks there are.
insert into task_status_count (plan_id, state, due_date, tasks)
select c.plan_id, c.state, c.due_date, count(*)
from task t, task_status_count_of(t.plan_id, t.cancelled_at, t.completed_on, t.due_date, t.progress_percent, 1) c
group by c.plan_id, c.state, c.due_date;
