-- The read model's task counts per plan as well (dashboard module, ProgressReadModel): kind P, one row per lead unit
-- and plan of the year, so that the annual view sums a year's plans from a few hundred stored rows instead of counting
-- the year's tasks on every view. The other kinds keep plan_id 0.
--
-- Slices written before have no plan rows: they are dropped here and written again on their next read.

delete from dashboard_progress;
delete from dashboard_slice where model = 'PROGRESS';

alter table dashboard_progress add column plan_id bigint not null default 0;
alter table dashboard_progress drop constraint dashboard_progress_kind_check;
alter table dashboard_progress add constraint dashboard_progress_kind_check check (kind in ('U', 'F', 'A', 'P'));
alter table dashboard_progress drop constraint dashboard_progress_pkey;
alter table dashboard_progress add primary key (year, as_of, kind, unit_id, framework_code, area_id, plan_id);
