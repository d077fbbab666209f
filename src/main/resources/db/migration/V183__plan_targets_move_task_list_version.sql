-- A round's projection judges the plans' targets of its year (assessment module, AssessmentQueries): it is kept in
-- memory with the planning version it was read at and computed again once that has moved, as the task lists are
-- (V179). The version already moves with every statement on plans; these make it move with the plans' targets and the
-- indices a plan covers as well (a task list shows neither: a target's edit makes the lists be read once more, which is
-- rare and cheap).
--
-- Lock order: a writer of targets writes no task, plan or report in the same transaction, so it takes this version
-- alone; writers of plans take reporting's version, then this one, then their rows (V173, V179), and their targets'
-- and indices' statements come after the plan's. No two writers wait on each other's.
create trigger plan_target_listed before insert or update or delete on plan_target
    for each statement execute function task_list_changed();
create trigger plan_framework_listed before insert or update or delete on plan_framework
    for each statement execute function task_list_changed();
