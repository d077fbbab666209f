-- A period's last day of entry is fixed when it is scheduled: the due date plus its grace days counted in working
-- days on the calendar of that moment. Periods scheduled before counted grace in calendar days and keep that day.
alter table reporting_period add column last_entry_on date;
update reporting_period set last_entry_on = due_on + grace_days where grace_days is not null;

-- Rows written by SQL (the large data set) name no last day: they get the calendar-day count, as before.
create function reporting_period_last_entry_default() returns trigger language plpgsql as $$
begin
    if new.grace_days is not null and new.last_entry_on is null then
        new.last_entry_on := new.due_on + new.grace_days;
    end if;
    return new;
end $$;
create trigger reporting_period_last_entry_default before insert on reporting_period
    for each row execute function reporting_period_last_entry_default();
