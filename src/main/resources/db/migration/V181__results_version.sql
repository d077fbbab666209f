-- The version of the published results (results module, ResultQueries): results, their criterion scores and the
-- jurisdictions they name. Reads of results (a round's projection, the results tables, the rankings) are kept with the
-- version they were read at, with the catalogue's (V180: an index's code, a methodology's maximum), and read again once
-- either has moved. Every statement moves this version in its writer's own transaction; numbers come from a sequence
-- and are never given twice, not even after a rollback.

create sequence results_version_number;

create table results_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into results_version (id, version) values (1, nextval('results_version_number'));

create function results_changed() returns trigger language plpgsql as $$
begin
    update results_version set version = nextval('results_version_number') where id = 1;
    return null;
end $$;

-- Once per statement, before it locks any row: writers of results take this row first, then their rows.
create trigger index_result_scored before insert or update or delete on index_result
    for each statement execute function results_changed();
create trigger criterion_score_scored before insert or update or delete on criterion_score
    for each statement execute function results_changed();
create trigger jurisdiction_scored before insert or update or delete on jurisdiction
    for each statement execute function results_changed();
