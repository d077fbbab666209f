-- Which units have a task active in a reporting period (reporting module, InvolvedUnits): the expected units of the
-- completeness grid, a period's page, the consolidated report and the reminders, unless every active unit is expected.
-- Computing it reads every task of the plans that reach the period; here it is kept per period, computed on the first
-- read after a change and read from then on.
--
-- Any change to tasks, their coordinating units, plans or periods' dates moves the version below, in the writer's own
-- transaction. A period's stored set counts only when it was computed at the current version, read in the same
-- statement as the tasks it came from: a set never outlives the change that made it wrong.

create table reporting_involved_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into reporting_involved_version (id, version) values (1, 1);

-- A period whose set has been computed, and at which version.
create table reporting_involved_period (
    period_id bigint primary key references reporting_period (id) on delete cascade,
    version   bigint not null
);

-- The units of a period's set, for the version they were computed at (older versions' rows are removed when a newer
-- set is stored).
create table reporting_involved_unit (
    period_id bigint not null references reporting_period (id) on delete cascade,
    version   bigint not null,
    unit_id   bigint not null,
    primary key (period_id, version, unit_id)
);

create function reporting_involved_changed() returns trigger language plpgsql as $$
begin
    update reporting_involved_version set version = version + 1 where id = 1;
    return null;
end $$;

-- Once per statement, before it locks any row: a plan's import adds hundreds of tasks in one statement, and writers
-- take the version first, then their rows (per-row triggers would lock a task before the version, and two writers
-- could then wait on each other). An update that changes nothing that matters (a task's progress or title) moves the
-- version too: the next read computes the set again, which is cheap beside a deadlock.
create trigger task_involved before insert or update or delete on task
    for each statement execute function reporting_involved_changed();
create trigger task_coordinating_unit_involved before insert or update or delete on task_coordinating_unit
    for each statement execute function reporting_involved_changed();
create trigger plan_involved before insert or update or delete on plan
    for each statement execute function reporting_involved_changed();
create trigger reporting_period_involved before update on reporting_period
    for each statement execute function reporting_involved_changed();
