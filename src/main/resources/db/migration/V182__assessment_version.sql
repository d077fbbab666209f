-- The version of what a round's page reads (assessment module, RoundPages): its criteria as the table lists them and
-- its latest history are kept in memory with the version they were read at and read again once it has moved, as the
-- task lists are (V179). Every statement that changes what those read moves it, in the writer's own transaction:
-- rounds, their criteria, the criteria's helping units and evidence, the history, units (names), a person's name (the
-- history's "who") and the catalogue's criteria (codes, names, maximum points). A number comes from a sequence, never
-- given twice, not even after a rollback: a version seen once always means the same rows.

create sequence assessment_version_number;

create table assessment_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into assessment_version (id, version) values (1, nextval('assessment_version_number'));

create function assessment_changed() returns trigger language plpgsql as $$
begin
    update assessment_version set version = nextval('assessment_version_number') where id = 1;
    return null;
end $$;

-- Once per statement, before it locks any row. On the tables other versions watch too (units, people, criteria) these
-- triggers fire last (triggers fire in the order of their names: "round_shown" after "catalogued", "involved" and
-- "listed"), so every writer takes the other versions' rows, then this one, then its rows; writers of rounds take this
-- one alone (no writer of rounds writes tasks, plans, reports or results).
create trigger assessment_round_round_shown before insert or update or delete on assessment_round
    for each statement execute function assessment_changed();
create trigger assessment_item_round_shown before insert or update or delete on assessment_item
    for each statement execute function assessment_changed();
create trigger assessment_item_coordinating_unit_round_shown
    before insert or update or delete on assessment_item_coordinating_unit
    for each statement execute function assessment_changed();
create trigger assessment_item_evidence_round_shown before insert or update or delete on assessment_item_evidence
    for each statement execute function assessment_changed();
create trigger assessment_change_round_shown before insert or update or delete on assessment_change
    for each statement execute function assessment_changed();
create trigger unit_round_shown before insert or update or delete on unit
    for each statement execute function assessment_changed();

-- Names and codes the page shows, changed seldom and by their own transactions.
create trigger user_account_round_shown before update of full_name on user_account
    for each statement execute function assessment_changed();
create trigger criterion_round_shown before insert or update or delete on criterion
    for each statement execute function assessment_changed();
