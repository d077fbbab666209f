-- Settings an administrator changes at run time (the own province, reporting defaults...). Each module declares
-- its settings in code with a default; a row exists only once someone changed the value.
create table app_setting (
    key        varchar(100) primary key,
    value      varchar(1000) not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(50)
);
