-- Each slice of the dashboards' read model gets a version (dashboard module, DashboardSlices): a number from a
-- sequence, given when the slice is written and again whenever a writer changes its rows (a unit's recount) or what
-- its reads join to it (a unit's name). A read of the slice may be kept in memory with the version it was made at and
-- given again while the slice still has it. A sequence never gives a number twice, not even after a rollback, so a
-- version seen once always means the same rows.

create sequence dashboard_slice_version;
alter table dashboard_slice add column version bigint not null default nextval('dashboard_slice_version');
