-- The version of the index catalogue (indices module, IndexCatalog#changeStamp): criteria, their coordinating units,
-- methodology versions and indices. What is built from the catalogue (criteria trees, the areas of criteria, the task
-- filters' criteria) is kept with the version it was built at and built again once it has moved. Before, the stamp was
-- the criteria's and versions' count and latest edit time: two scans a read, and blind to an edit committed after a
-- later one, or to a criterion's coordinating units. Every statement moves this version in its writer's own
-- transaction; numbers come from a sequence and are never given twice, not even after a rollback.

create sequence catalog_version_number;

create table catalog_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into catalog_version (id, version) values (1, nextval('catalog_version_number'));

create function catalog_changed() returns trigger language plpgsql as $$
begin
    update catalog_version set version = nextval('catalog_version_number') where id = 1;
    return null;
end $$;

-- Once per statement, before it locks any row, and before V179's triggers on the same tables ("catalogued" before
-- "listed"): a catalogue writer takes this row, then the task lists' version, then its rows. Writers of tasks never
-- take this one.
create trigger criterion_catalogued before insert or update or delete on criterion
    for each statement execute function catalog_changed();
create trigger criterion_coordinating_unit_catalogued before insert or update or delete on criterion_coordinating_unit
    for each statement execute function catalog_changed();
create trigger framework_version_catalogued before insert or update or delete on framework_version
    for each statement execute function catalog_changed();
create trigger index_framework_catalogued before insert or update or delete on index_framework
    for each statement execute function catalog_changed();
