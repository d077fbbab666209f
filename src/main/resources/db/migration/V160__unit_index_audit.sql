-- The unit index's records join the audit trail (V132): groups, rounds, sheets, score lines, council members and
-- explanations get their history twins, built as V132 builds the others' (the same columns, all nullable but the id,
-- then rev and revtype), and their collections' histories. unit_index_change stays the index's own history, and the
-- results and round groups are written once by statements, not audited.
do $$
declare
    audited text;
    nullable record;
begin
    foreach audited in array array['unit_index_group', 'unit_index_round', 'unit_index_sheet', 'unit_index_score',
        'unit_index_member', 'unit_index_contest']
    loop
        execute format('create table %I (like %I)', audited || '_aud', audited);
        for nullable in select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = audited || '_aud'
                          and is_nullable = 'NO' and column_name <> 'id'
        loop
            execute format('alter table %I alter column %I drop not null', audited || '_aud', nullable.column_name);
        end loop;
        execute format('alter table %I add column rev bigint not null references audit_revision (id), '
                       'add column revtype smallint, add primary key (id, rev)', audited || '_aud');
        execute format('create index %I on %I (rev)', audited || '_aud_rev_idx', audited || '_aud');
    end loop;
end $$;

create table unit_index_member_area_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    member_id bigint not null, area_id bigint not null,
    primary key (rev, member_id, area_id));
create table unit_index_contest_evidence_aud (
    rev bigint not null references audit_revision (id), revtype smallint,
    contest_id bigint not null, evidence_id bigint not null,
    primary key (rev, contest_id, evidence_id));
create table unit_index_score_evidence_aud (
    rev bigint not null references audit_revision (id), revtype smallint not null, setordinal integer not null,
    score_id bigint not null, evidence_id bigint, attached_at timestamptz, attached_by varchar(50),
    primary key (rev, revtype, setordinal, score_id));
create table unit_index_score_reference_aud (
    rev bigint not null references audit_revision (id), revtype smallint not null, setordinal integer not null,
    score_id bigint not null, kind varchar(10), ref_id bigint,
    primary key (rev, revtype, setordinal, score_id));

-- Append-only, with V132's functions (the retention job's DELETE of old revisions only).
do $$
declare
    protected text;
begin
    foreach protected in array array['unit_index_group_aud', 'unit_index_round_aud', 'unit_index_sheet_aud',
        'unit_index_score_aud', 'unit_index_member_aud', 'unit_index_contest_aud', 'unit_index_member_area_aud',
        'unit_index_contest_evidence_aud', 'unit_index_score_evidence_aud', 'unit_index_score_reference_aud']
    loop
        execute format('create trigger %I before update or delete on %I for each row '
                       'execute function audit_refuse_change()', protected || '_append_only', protected);
        execute format('create trigger %I before truncate on %I for each statement '
                       'execute function audit_refuse_truncate()', protected || '_no_truncate', protected);
    end loop;
end $$;
