-- The dashboards' read model (dashboard module, DashboardReadModel): what the home page, the progress dashboard and
-- the league table aggregate over a year's tasks and reports, stored per day the figures are read on (as_of: today
-- for the running period, the period's end for a past one). A slice is written once from the source tables, then kept
-- by planning's, reporting's and organization's events in the writer's own transaction (a unit's rows recomputed, or
-- the slice dropped to be written again on the next read). Nothing here is edited by people.

create table dashboard_slice (
    model       varchar(12) not null check (model in ('PROGRESS', 'TIMELINESS', 'COMPLIANCE')),
    year        int         not null,
    as_of       date        not null,
    -- TIMELINESS: whether every active unit owes reports (reporting's setting); COMPLIANCE: the period's id
    variant     bigint      not null default 0,
    computed_at timestamptz not null default now(),
    primary key (model, year, as_of, variant)
);

-- Task counts by status on as_of, per lead unit: all its tasks (kind U), those serving each index (F, by the index's
-- upper-case code) and each index area, a top-level criterion (A, by its id). A task serving two areas counts in both.
create table dashboard_progress (
    year           int         not null,
    as_of          date        not null,
    unit_id        bigint      not null,
    kind           char(1)     not null check (kind in ('U', 'F', 'A')),
    framework_code varchar(40) not null default '',
    area_id        bigint      not null default 0,
    not_started    int         not null,
    in_progress    int         not null,
    done_on_time   int         not null,
    done_late      int         not null,
    overdue        int         not null,
    cancelled      int         not null,
    primary key (year, as_of, kind, unit_id, framework_code, area_id)
);
create index dashboard_progress_unit_idx on dashboard_progress (unit_id, year, as_of);

-- Per unit, the periodic reports of the year due before as_of that it owed, and how they went.
create table dashboard_timeliness (
    year       int     not null,
    as_of      date    not null,
    every_unit boolean not null,
    unit_id    bigint  not null,
    due        int     not null,
    on_time    int     not null,
    late       int     not null,
    missing    int     not null,
    primary key (year, as_of, every_unit, unit_id)
);

-- The current reporting period's counts on as_of (the home page's compliance line; reporting's PeriodCounts).
create table dashboard_compliance (
    period_id       bigint not null,
    as_of           date   not null,
    year            int    not null,
    expected        int    not null,
    delivered       int    not null,
    on_time         int    not null,
    late            int    not null,
    missing         int    not null,
    returned        int    not null,
    accepted        int    not null,
    awaiting_review int    not null,
    not_yet_due     int    not null,
    primary key (period_id, as_of)
);
