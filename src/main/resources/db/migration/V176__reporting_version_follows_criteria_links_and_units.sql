-- The version of V173 (reporting_involved_version) also says when the consolidated report's task figures and unit
-- lists may have changed (reporting module, ConsolidationQueries): a period's figures are kept with the version they
-- were read at and read again once it has moved. Besides tasks, plans, coordinating units and periods' dates, those
-- figures read the tasks' criteria and the units' names and kinds, so a change to either moves the version too.
--
-- As in V173: once per statement, before it locks any row, so that writers take the version first, then their rows.
-- A task's criteria are written with the task (the version is then already the writer's); units change seldom.

create trigger task_criterion_involved before insert or update or delete on task_criterion
    for each statement execute function reporting_involved_changed();
create trigger unit_involved before insert or update or delete on unit
    for each statement execute function reporting_involved_changed();
