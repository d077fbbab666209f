-- The appraisal council is drawn from the departments that own each area. A member named for an area their department
-- does not own needs the chair's recorded reason (e.g. the owning department has named nobody this year).
alter table unit_index_member add column outside_reason varchar(1000);
