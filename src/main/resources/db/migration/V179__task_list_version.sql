-- The version of what the task lists show (planning module, TaskListVersion): a page of a list and its status counts
-- are kept in memory with the version they were read at and given again while it has not moved, as the dashboards'
-- slices are (V178). Every statement that changes what a list row reads moves it, in the writer's own transaction:
-- tasks, their coordinating units and criteria, plans, units (names, kinds), a person's name (the responsible one), a
-- criterion's or an index's code (the criteria column). A number comes from a sequence, never given twice, not even
-- after a rollback: a version seen once always means the same rows.

create sequence task_list_version_number;

create table task_list_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into task_list_version (id, version) values (1, nextval('task_list_version_number'));

create function task_list_changed() returns trigger language plpgsql as $$
begin
    update task_list_version set version = nextval('task_list_version_number') where id = 1;
    return null;
end $$;

-- Once per statement, before it locks any row, and after V173's trigger on the same table (triggers fire in the order
-- of their names: "listed" after "involved"): every writer takes reporting's version row, then this one, then its
-- rows, so two writers never wait on each other's.
create trigger task_listed before insert or update or delete on task
    for each statement execute function task_list_changed();
create trigger task_coordinating_unit_listed before insert or update or delete on task_coordinating_unit
    for each statement execute function task_list_changed();
create trigger task_criterion_listed before insert or update or delete on task_criterion
    for each statement execute function task_list_changed();
create trigger plan_listed before insert or update or delete on plan
    for each statement execute function task_list_changed();
create trigger unit_listed before insert or update or delete on unit
    for each statement execute function task_list_changed();

-- Names and codes the rows show, changed seldom and by their own transactions (an administrator's edit of a person or
-- of the catalogue writes no task after it).
create trigger user_account_listed before update of full_name on user_account
    for each statement execute function task_list_changed();
create trigger criterion_listed before update of code, version_id on criterion
    for each statement execute function task_list_changed();
create trigger index_framework_listed before update of code on index_framework
    for each statement execute function task_list_changed();
